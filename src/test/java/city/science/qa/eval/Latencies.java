package city.science.qa.eval;

import java.util.ArrayList;
import java.util.List;

/** Collected durations and their percentiles, in milliseconds. */
public final class Latencies {

    private final List<Double> millis = new ArrayList<>();

    public void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    public double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Double::compare);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    public double mean() {
        return millis.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public int count() {
        return millis.size();
    }

    public String row(String name) {
        return String.format("  %-34s %6d %8.1f %8.1f %8.1f", name, count(), percentile(50), percentile(95),
                percentile(99));
    }

    public static String header() {
        return String.format("  %-34s %6s %8s %8s %8s", "", "n", "p50 ms", "p95 ms", "p99 ms");
    }

}
