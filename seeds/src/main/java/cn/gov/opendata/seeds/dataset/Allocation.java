package cn.gov.opendata.seeds.dataset;

import java.util.Random;

/** Splits a total into parts exactly (largest remainder over random weights), so figures add up to the last digit. */
public final class Allocation {

    private Allocation() {
    }

    /** Each part gets at least {@code minimum}; the parts sum to {@code total}. */
    public static int[] split(int total, int parts, int minimum, Random random) {
        if (parts == 0) {
            return new int[0];
        }
        int spare = total - minimum * parts;
        if (spare < 0) {
            throw new IllegalArgumentException(total + " cannot give " + parts + " parts at least " + minimum);
        }
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = 0.2 + random.nextDouble() * random.nextDouble() * 4;
            sum += weights[i];
        }
        int[] result = new int[parts];
        double[] remainders = new double[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            double exact = spare * weights[i] / sum;
            result[i] = (int) Math.floor(exact);
            remainders[i] = exact - result[i];
            given += result[i];
        }
        for (int left = spare - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < parts; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            result[best]++;
            remainders[best] = -1;
        }
        for (int i = 0; i < parts; i++) {
            result[i] += minimum;
        }
        return result;
    }
}
