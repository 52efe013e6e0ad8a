package cn.gov.opendata.seeds.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one operation, in milliseconds, summarised by nearest-rank percentiles. */
public final class Timings {

    private final List<Double> millis = new ArrayList<>();

    public void add(double ms) {
        millis.add(ms);
    }

    public int count() {
        return millis.size();
    }

    public double median() {
        return percentile(50);
    }

    public double p99() {
        return percentile(99);
    }

    /** Nearest rank: the smallest sample with at least {@code p}% of the samples at or below it (with 50 samples, p99 is the slowest). */
    public double percentile(double p) {
        if (millis.isEmpty()) {
            throw new IllegalStateException("no samples");
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
