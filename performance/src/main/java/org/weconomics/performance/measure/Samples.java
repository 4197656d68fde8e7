package org.weconomics.performance.measure;

import java.util.Arrays;

/** Durations measured one by one, in nanoseconds, and their percentiles (nearest rank). */
public final class Samples {

    private long[] values = new long[64];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public synchronized int count() {
        return size;
    }

    /** The value below which {@code percent} % of the samples lie, in milliseconds. */
    public synchronized double percentileMillis(double percent) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
    }

    public double maxMillis() {
        return percentileMillis(100);
    }
}
