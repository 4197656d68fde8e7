package org.weconomics.performance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the harness does and for how long; every value can be changed with {@code -Dperf.<name>=...} on
 * {@code performance/run.sh}. The defaults keep a whole run under about ten minutes on two cores.
 *
 * @param repository the repository root (the launcher and the services are built there)
 * @param measureSeconds how long each fixed-rate load is measured
 * @param warmUpSeconds the same load before it, not measured (JIT, connection pools)
 * @param throughputSeconds how long each closed-loop throughput run takes
 * @param callers connections of the closed-loop throughput runs
 * @param loadFraction the fixed rate as a share of the measured capacity
 * @param events partnerships created to time the event to finance
 * @param eventsPerSecond the rate at which they are created
 * @param noteCounts canvas sizes for the read-cost series
 * @param activityCounts value-chain sizes for the earnings-model series (with {@code fixedParties} parties)
 * @param partyCounts party counts for the earnings-model series (with {@code fixedActivities} activities)
 * @param samples sequential reads per point of a cost series
 * @param writeDocs whether docs/performance.md is updated with the figures
 */
public record HarnessSettings(
        Path repository,
        int measureSeconds,
        int warmUpSeconds,
        int throughputSeconds,
        int callers,
        double loadFraction,
        int events,
        int eventsPerSecond,
        List<Integer> noteCounts,
        List<Integer> activityCounts,
        int fixedParties,
        List<Integer> partyCounts,
        int fixedActivities,
        int samples,
        boolean writeDocs) {

    static HarnessSettings from(Properties properties) {
        return new HarnessSettings(
                Path.of(properties.getProperty("perf.repository", "."))
                        .toAbsolutePath()
                        .normalize(),
                integer(properties, "perf.seconds", 30),
                integer(properties, "perf.warmup-seconds", 10),
                integer(properties, "perf.throughput-seconds", 15),
                integer(properties, "perf.callers", 32),
                Double.parseDouble(properties.getProperty("perf.load-fraction", "0.6")),
                integer(properties, "perf.events", 1000),
                integer(properties, "perf.event-rate", 20),
                integers(properties, "perf.notes", "10,100,1000"),
                integers(properties, "perf.activities", "5,25,100"),
                integer(properties, "perf.fixed-parties", 3),
                integers(properties, "perf.parties", "2,5,10"),
                integer(properties, "perf.fixed-activities", 10),
                integer(properties, "perf.samples", 50),
                Boolean.parseBoolean(properties.getProperty("perf.write-docs", "true")));
    }

    public Duration measure() {
        return Duration.ofSeconds(measureSeconds);
    }

    public Duration warmUp() {
        return Duration.ofSeconds(warmUpSeconds);
    }

    public Duration throughput() {
        return Duration.ofSeconds(throughputSeconds);
    }

    public Path workDirectory() {
        return repository.resolve("performance/target");
    }

    public Path documentation() {
        return repository.resolve("docs/performance.md");
    }

    private static int integer(Properties properties, String name, int defaultValue) {
        String value = properties.getProperty(name);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value.trim());
    }

    private static List<Integer> integers(Properties properties, String name, String defaultValue) {
        return Arrays.stream(properties.getProperty(name, defaultValue).split(","))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }
}
