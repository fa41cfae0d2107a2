package dev.sluice.bench;

import java.util.Arrays;
import java.util.List;

/** Medians and formatting for the results tables. */
final class Stats {

    private Stats() {}

    static double median(List<? extends Number> values) {
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double median(double[] values) {
        return median(Arrays.stream(values).boxed().toList());
    }

    static String ratio(double value, double baseline) {
        return String.format("%.2f×", value / baseline);
    }

    static String verdict(boolean met) {
        return met ? "met" : "**not met**";
    }
}
