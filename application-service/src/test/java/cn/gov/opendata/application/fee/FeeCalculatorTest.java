package cn.gov.opendata.application.fee;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeeCalculatorTest {

    @ParameterizedTest(name = "request no. {0} of the month costs {1}")
    @CsvSource({
            "1, 0.00", "10, 0.00",
            "11, 100.00", "30, 100.00",
            "31, 200.00", "40, 200.00",
            "41, 300.00", "50, 300.00",
            "51, 400.00", "60, 400.00",
            "61, 500.00", "101, 900.00"
    })
    void perRequestBands(int nth, BigDecimal expected) {
        assertEquals(expected, FeeCalculator.perRequest(nth));
    }

    @Test
    void perRequestMonthTotal() {
        // 20 × 100 + 10 × 200 + 5 × 300
        assertEquals(new BigDecimal("5500.00"), FeeCalculator.perRequestTotal(45));
    }

    @ParameterizedTest(name = "{0} pages cost {1}")
    @CsvSource({
            "0, 0.00", "30, 0.00",
            "31, 10.00", "100, 700.00",
            "101, 720.00", "150, 1700.00", "200, 2700.00",
            "201, 2740.00", "250, 4700.00"
    })
    void perVolumeIsChargedBandByBand(int pages, BigDecimal expected) {
        assertEquals(expected, FeeCalculator.perVolume(pages));
    }

    @Test
    void volumeBandsShowEachRate() {
        var bands = FeeCalculator.volumeBands(150);
        assertEquals(2, bands.size());
        assertEquals(70, bands.get(0).units());
        assertEquals(new BigDecimal("700.00"), bands.get(0).amountYuan());
        assertEquals(50, bands.get(1).units());
        assertEquals(new BigDecimal("20.00"), bands.get(1).unitYuan());
        assertTrue(FeeCalculator.volumeBands(30).isEmpty());
    }

    @Test
    void nonsenseInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeeCalculator.perRequest(0));
        assertThrows(IllegalArgumentException.class, () -> FeeCalculator.perVolume(-1));
    }
}
