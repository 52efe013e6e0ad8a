package cn.gov.opendata.seeds.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimingsTest {

    @Test
    void nearestRankPercentiles() {
        Timings timings = new Timings();
        for (int i = 100; i >= 1; i--) {
            timings.add(i);
        }
        assertEquals(50, timings.median());
        assertEquals(99, timings.p99());
        assertEquals(100, timings.percentile(100));
        Timings fifty = new Timings();
        for (int i = 1; i <= 50; i++) {
            fifty.add(i);
        }
        assertEquals(50, fifty.p99(), "with 50 samples p99 is the slowest");
        assertEquals(25, fifty.median());
    }

    @Test
    void noSamplesNoFigure() {
        assertThrows(IllegalStateException.class, () -> new Timings().median());
    }
}
