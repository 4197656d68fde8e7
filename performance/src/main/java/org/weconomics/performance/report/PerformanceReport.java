package org.weconomics.performance.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.weconomics.performance.HarnessSettings;
import org.weconomics.performance.load.LatencyFigures;
import org.weconomics.performance.measure.CostGrowth;
import org.weconomics.performance.measure.EventPropagation;
import org.weconomics.performance.measure.LoadMeasurements;
import org.weconomics.performance.measure.Samples;
import org.weconomics.performance.measure.StartupAndMemory;
import org.weconomics.performance.platform.ProcessMemory;

/** The harness's figures as the Markdown section of docs/performance.md. */
public final class PerformanceReport {

    private final StringBuilder markdown = new StringBuilder();
    private final double loadFraction;

    public PerformanceReport(Machine machine, double loadAtEnd, HarnessSettings settings, String generators) {
        this.loadFraction = settings.loadFraction();
        line("### Latest run of the harness (`performance/run.sh`)");
        line("");
        line("Machine: " + machine.describe(loadAtEnd) + " Load generators: " + generators
                + ". The platform, the load generator and the harness share the cores, and other builds ran on the "
                + "machine at the same time, so these figures are noisy: they show the shape, not the limits of the "
                + "code. Re-run on a quiet machine for figures to compare.");
        line("");
        line(String.format(
                Locale.ROOT,
                "Settings: fixed-rate loads %d s after a %d s warm-up, closed-loop capacity runs %d s with %d callers, "
                        + "fixed rate = %.0f %% of the capacity through the gateway; %d events at %d/s; %d timed "
                        + "reads per point of a cost series.",
                settings.measureSeconds(),
                settings.warmUpSeconds(),
                settings.throughputSeconds(),
                settings.callers(),
                settings.loadFraction() * 100,
                settings.events(),
                settings.eventsPerSecond(),
                settings.samples()));
        line("");
    }

    public PerformanceReport load(LoadMeasurements.Results load) {
        line("#### Gateway overhead: a canvas read (`GET /canvases/{id}`), through the gateway and directly");
        line("");
        line("Throughput is closed loop (" + load.closedLoopGenerator() + "). Latency is open loop (Gatling, a new "
                + "request at fixed intervals whatever the answers take, timed from when it was due), both at the "
                + "same rate: " + perSecond(load.readRate()) + ", " + pct(loadFraction)
                + " of the capacity through the "
                + "gateway. Gatling times in whole milliseconds.");
        line("");
        line("| | throughput | p50 | p99 | p99.9 | errors |");
        line("|---|---|---|---|---|---|");
        line(row("directly at canvas-service", perSecond(load.readDirect().perSecond()), load.readAtRateDirect()));
        line(row(
                "through the gateway",
                perSecond(load.readThroughGateway().perSecond()),
                load.readAtRateThroughGateway()));
        line(String.format(
                Locale.ROOT,
                "| **added by the gateway** | **%.2f × the direct throughput** | **%s** | **%s** | %s | |",
                load.readThroughGateway().perSecond() / load.readDirect().perSecond(),
                signedMillis(load.readAtRateThroughGateway().p50()
                        - load.readAtRateDirect().p50()),
                signedMillis(load.readAtRateThroughGateway().p99()
                        - load.readAtRateDirect().p99()),
                signedMillis(load.readAtRateThroughGateway().p999()
                        - load.readAtRateDirect().p999())));
        line("");
        line("#### Latency at a fixed rate of about " + pct(loadFraction) + " of capacity, through the gateway");
        line("");
        line("| request | capacity (closed loop) | fixed rate | requests | p50 | p99 | p99.9 | max | errors |");
        line("|---|---|---|---|---|---|---|---|---|");
        line(fixedRateRow(
                "canvas read `GET /api/canvas/canvases/{id}`",
                load.readThroughGateway(),
                load.readRate(),
                load.readAtRateThroughGateway()));
        line(fixedRateRow(
                "note write `POST /api/canvas/canvases/{id}/notes`",
                load.writeThroughGateway(),
                load.writeRate(),
                load.writeAtRateThroughGateway()));
        line("");
        line("A note write commits the note and its outbox event in one transaction; the event goes to Kafka after "
                + "the commit. Notes are spread over fresh canvases (1500 each), below the limit of 2000 per canvas.");
        line("");
        return this;
    }

    public PerformanceReport events(EventPropagation.Results events) {
        line("#### Event propagation: partnership created → earnings model in finance-service");
        line("");
        line(String.format(
                Locale.ROOT,
                "%d partnerships created through the gateway at %.0f/s: %d acknowledged (201), %d earnings models "
                        + "found afterwards; the last model existed %.1f s after the last creation was sent, so the "
                        + "chain delivered %.1f events/s end to end. Where that is below the creation rate, a backlog "
                        + "built up and the figures below are mostly time spent waiting in it.",
                events.tried(),
                events.ratePerSecond(),
                events.created(),
                events.modelsFound(),
                events.untilLastModel().toMillis() / 1000.0,
                events.deliveredPerSecond()));
        line("");
        line("| method | samples | p50 | p99 | max |");
        line("|---|---|---|---|---|");
        line(eventRow("services' own timestamps: `model.createdAt − partnership.createdAt`", events.serverSide()));
        line(eventRow(
                "… of which: creation → Kafka acknowledged the event (partnership-service's outbox `published_at`)",
                events.createdToPublished()));
        line(eventRow(
                "… and: acknowledged by Kafka → model created (Kafka, finance-service's consumer)",
                events.publishedToModel()));
        line(eventRow(
                "polled through the gateway every 20 ms from the creation's answer (every 50th)", events.polled()));
        line("");
        line("Method: both timestamps are taken by the services on the same machine (one clock): partnership-service "
                + "stamps the partnership when it handles the request, finance-service stamps the model when its "
                + "consumer applies the `partnership.created` event. The difference spans the commit, the outbox relay "
                + "(woken by the commit; a 1 s sweep as a fallback), Kafka and the consumer's transaction, with no "
                + "polling interval in it. The polled figure, on a sample, is what a client sees: it adds the "
                + "client's and the gateway's share and up to 20 ms of polling.");
        line("");
        return this;
    }

    private static String eventRow(String method, Samples samples) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %s | %s | %s |",
                method,
                samples.count(),
                millis(samples.percentileMillis(50)),
                millis(samples.percentileMillis(99)),
                millis(samples.maxMillis()));
    }

    public PerformanceReport startup(Map<String, StartupAndMemory.Row> rows) {
        line("#### Start-up and memory");
        line("");
        line("Launch → ready: from launching the component until its readiness check first answered, as `./platform "
                + "start` measures and prints it (components start one after the other). Quarkus: its own \"started in\". "
                + "First call: the first API call through the gateway right after the start (cold). RSS: `VmRSS` from "
                + "`/proc/<pid>/status` idle after the start and after all the load; peak: `VmHWM`. Services run with "
                + "`-Xmx384m -XX:+UseSerialGC`, as the run command starts them.");
        line("");
        line(
                "| component | launch → ready | Quarkus started in | first call (cold) | RSS idle | RSS after the load | peak RSS |");
        line("|---|---|---|---|---|---|---|");
        rows.values()
                .forEach(row -> line(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s | %s |",
                        row.component(),
                        row.readySeconds() == null ? "" : String.format(Locale.ROOT, "%.1f s", row.readySeconds()),
                        row.quarkusStartedSeconds() == null
                                ? ""
                                : String.format(Locale.ROOT, "%.1f s", row.quarkusStartedSeconds()),
                        row.firstCallMillis() == null ? "" : millis(row.firstCallMillis()),
                        row.idle() == null ? "" : mib(row.idle().currentKb()),
                        row.afterLoad() == null ? "" : mib(row.afterLoad().currentKb()),
                        peak(row))));
        line("");
        return this;
    }

    public PerformanceReport costGrowth(CostGrowth.Results growth) {
        line("#### Cost growth");
        line("");
        line("Each read timed on its own, one after the other, directly at the service (no gateway, no queueing), "
                + "after five untimed reads: p50 / p99 and the size of the answer.");
        line("");
        series("Canvas reads by number of notes", "canvas", growth.canvases());
        series(
                "Earnings-model figures by number of value-chain activities (two sub-actions each, every one "
                        + "with a cost, a fixed price chosen, an equal split, three years of revenue)",
                "model",
                growth.modelsByActivities());
        series("Earnings-model figures by number of parties", "model", growth.modelsByParties());
        return this;
    }

    private void series(String title, String what, List<CostGrowth.Point> points) {
        if (points.isEmpty()) {
            return;
        }
        line(title + ":");
        line("");
        List<String> reads = List.copyOf(points.get(0).reads().keySet());
        StringBuilder header = new StringBuilder("| " + what + " |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String read : reads) {
            header.append(' ').append(read).append(" |");
            rule.append("---|");
        }
        line(header.toString());
        line(rule.toString());
        for (CostGrowth.Point point : points) {
            StringBuilder row = new StringBuilder("| " + point.size() + " |");
            for (String read : reads) {
                CostGrowth.Timing timing = point.reads().get(read);
                row.append(' ')
                        .append(millis(timing.p50()))
                        .append(" / ")
                        .append(millis(timing.p99()))
                        .append(" (")
                        .append(size(timing.bytes()))
                        .append(") |");
            }
            line(row.toString());
        }
        line("");
    }

    public String markdown() {
        return markdown.toString();
    }

    private void line(String text) {
        markdown.append(text).append('\n');
    }

    private static String row(String name, String throughput, LatencyFigures figures) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s |",
                name,
                throughput,
                millis(figures.p50()),
                millis(figures.p99()),
                millis(figures.p999()),
                errors(figures));
    }

    private static String fixedRateRow(
            String name, LoadMeasurements.Capacity capacity, double rate, LatencyFigures figures) {
        return String.format(
                Locale.ROOT,
                "| %s | %s | %s | %d | %s | %s | %s | %s | %s |",
                name,
                perSecond(capacity.perSecond()),
                perSecond(rate),
                figures.requests(),
                millis(figures.p50()),
                millis(figures.p99()),
                millis(figures.p999()),
                millis(figures.max()),
                errors(figures));
    }

    private static String errors(LatencyFigures figures) {
        return String.format(Locale.ROOT, "%d (%.2f %%)", figures.failed(), figures.errorPercent());
    }

    private static String perSecond(double value) {
        return String.format(Locale.ROOT, "%.0f/s", value);
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.0f %%", fraction * 100);
    }

    static String millis(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 10
                ? String.format(Locale.ROOT, "%.0f ms", value)
                : String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String signedMillis(double value) {
        return (value >= 0 ? "+" : "−") + millis(Math.abs(value));
    }

    private static String mib(long kb) {
        return String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
    }

    private static String peak(StartupAndMemory.Row row) {
        ProcessMemory.Resident memory = row.afterLoad() != null ? row.afterLoad() : row.idle();
        return memory == null ? "" : mib(memory.peakKb());
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0)
                : String.format(Locale.ROOT, "%.0f kB", bytes / 1024.0);
    }
}
