package org.weconomics.performance.measure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.weconomics.performance.HarnessSettings;
import org.weconomics.performance.load.GatlingRun;
import org.weconomics.performance.load.LatencyFigures;
import org.weconomics.performance.load.LoadSpec;
import org.weconomics.performance.load.Wrk;

/**
 * Gateway overhead and latency under a steady load: first the capacity of a canvas read (through the
 * gateway and directly at canvas-service) and of a note write (through the gateway), closed loop; then
 * each at a fixed rate of {@code loadFraction} of the gateway's capacity, open loop, after a warm-up at
 * the same rate. The direct read runs at the same rate as the one through the gateway, so that the
 * difference is what the gateway adds.
 */
public final class LoadMeasurements {

    /** Notes a canvas takes before the load moves on to the next (the service's limit is 2000). */
    private static final int NOTES_PER_CANVAS = 1500;
    /** Canvases for the write capacity are made before it is known; two cores write far fewer notes than this. */
    private static final int ASSUMED_MAXIMUM_WRITES_PER_SECOND = 1000;

    private final HarnessSettings settings;
    private final GatlingRun gatling;
    private final Optional<Wrk> wrk;
    private final CanvasFixtures canvases;

    public LoadMeasurements(HarnessSettings settings, GatlingRun gatling, Optional<Wrk> wrk, CanvasFixtures canvases) {
        this.settings = settings;
        this.gatling = gatling;
        this.wrk = wrk;
        this.canvases = canvases;
    }

    /** Throughput of a closed-loop run: requests answered as expected per second. */
    public record Capacity(double perSecond, long failed) {}

    /** Everything this part measured. */
    public record Results(
            String closedLoopGenerator,
            Capacity readThroughGateway,
            Capacity readDirect,
            double readRate,
            LatencyFigures readAtRateThroughGateway,
            LatencyFigures readAtRateDirect,
            Capacity writeThroughGateway,
            double writeRate,
            LatencyFigures writeAtRateThroughGateway) {}

    /**
     * @param gatewayUrl the gateway's base URL
     * @param canvasServiceUrl canvas-service's own base URL
     * @param token a fresh token (the whole part takes less than its five minutes)
     */
    public Results run(String gatewayUrl, String canvasServiceUrl, Supplier<String> token) {
        String readCanvas = canvases.canvasWithNotes(10);
        LoadSpec readThroughGateway = LoadSpec.get(
                "canvas read through the gateway",
                gatewayUrl,
                token.get(),
                List.of(CanvasFixtures.CANVAS_API + "/canvases/" + readCanvas));
        LoadSpec readDirect = LoadSpec.get(
                "canvas read at canvas-service", canvasServiceUrl, token.get(), List.of("/canvases/" + readCanvas));

        Capacity gatewayReadCapacity = capacity(readThroughGateway);
        Capacity directReadCapacity = capacity(readDirect);
        double readRate = rate(gatewayReadCapacity);
        LatencyFigures readAtRate = fixedRate(readThroughGateway, readRate, token);
        LatencyFigures directAtRate = fixedRate(readDirect, readRate, token);

        LoadSpec writes = LoadSpec.post(
                "note write through the gateway",
                gatewayUrl,
                token.get(),
                notePaths(canvases.canvases(
                        "Write capacity",
                        expectedNotes(settings.warmUp().plus(settings.throughput()), ASSUMED_MAXIMUM_WRITES_PER_SECOND)
                                        / NOTES_PER_CANVAS
                                + 1)),
                CanvasFixtures.noteBody());
        Capacity writeCapacity = capacity(writes);
        double writeRate = rate(writeCapacity);
        Duration writing = settings.warmUp().plus(settings.measure());
        LoadSpec writesAtRate = LoadSpec.post(
                "note write through the gateway",
                gatewayUrl,
                token.get(),
                notePaths(canvases.canvases(
                        "Write at a fixed rate", expectedNotes(writing, writeRate) / NOTES_PER_CANVAS + 1)),
                CanvasFixtures.noteBody());
        LatencyFigures writeAtRate = fixedRate(writesAtRate, writeRate, token);

        return new Results(
                wrk.map(found -> "wrk, " + settings.callers() + " connections")
                        .orElse("Gatling closed model, " + settings.callers() + " callers (wrk is not installed)"),
                gatewayReadCapacity,
                directReadCapacity,
                readRate,
                readAtRate,
                directAtRate,
                writeCapacity,
                writeRate,
                writeAtRate);
    }

    /** The closed-loop throughput, measured after the same load for the warm-up time. */
    private Capacity capacity(LoadSpec spec) {
        LoadSpec.ClosedLoop callers = new LoadSpec.ClosedLoop(settings.callers());
        System.out.printf(
                "Capacity of %s: %d s warm-up, %d s closed loop ...%n",
                spec.name(), settings.warmUpSeconds(), settings.throughputSeconds());
        closedLoop(spec.named(spec.name() + " (warm-up)").at(callers, settings.warmUp()));
        return closedLoop(spec.named(spec.name() + " (capacity)").at(callers, settings.throughput()));
    }

    private Capacity closedLoop(LoadSpec spec) {
        if (wrk.isPresent()) {
            Wrk.Throughput throughput = wrk.get().run(spec, settings.callers());
            return new Capacity(throughput.successfulPerSecond(), throughput.failed());
        }
        LatencyFigures figures = gatling.run(spec);
        return new Capacity(
                (figures.requests() - figures.failed())
                        / (double) spec.duration().toSeconds(),
                figures.failed());
    }

    private LatencyFigures fixedRate(LoadSpec spec, double perSecond, Supplier<String> token) {
        LoadSpec.FixedRate rate = new LoadSpec.FixedRate(perSecond);
        LoadSpec fresh = spec.withToken(token.get());
        System.out.printf(
                "%s at %.0f/s: %d s warm-up, %d s measured ...%n",
                spec.name(), perSecond, settings.warmUpSeconds(), settings.measureSeconds());
        gatling.run(fresh.named(spec.name() + " (warm-up)").at(rate, settings.warmUp()));
        return gatling.run(fresh.at(rate, settings.measure()));
    }

    private double rate(Capacity capacity) {
        return Math.max(1, Math.floor(capacity.perSecond() * settings.loadFraction()));
    }

    private static int expectedNotes(Duration duration, double perSecond) {
        return (int) Math.ceil(duration.toSeconds() * perSecond);
    }

    private static List<String> notePaths(List<String> canvasIds) {
        List<String> paths = new ArrayList<>();
        for (String id : canvasIds) {
            paths.add(CanvasFixtures.CANVAS_API + "/canvases/" + id + "/notes");
        }
        return paths;
    }
}
