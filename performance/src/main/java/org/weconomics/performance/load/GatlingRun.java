package org.weconomics.performance.load;

import io.gatling.app.Gatling$;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link LoadSpec} with Gatling in this JVM and returns what it measured; Gatling's HTML report of
 * each run stays in the results directory for a closer look.
 */
public final class GatlingRun {

    /** Gatling's request timeout, as set in {@code gatling.conf}. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private static final AtomicReference<LoadSpec> CURRENT = new AtomicReference<>();
    private static final AtomicReference<ResponseRecorder> RECORDER = new AtomicReference<>();

    private final Path resultsDirectory;

    public GatlingRun(Path resultsDirectory) {
        this.resultsDirectory = resultsDirectory;
    }

    static LoadSpec currentSpec() {
        LoadSpec spec = CURRENT.get();
        if (spec == null) {
            throw new IllegalStateException("PlatformLoadSimulation runs only through GatlingRun");
        }
        return spec;
    }

    static ResponseRecorder currentRecorder() {
        return RECORDER.get();
    }

    /** Puts the load on the platform and returns what Gatling measured. */
    public synchronized LatencyFigures run(LoadSpec spec) {
        ResponseRecorder recorder = new ResponseRecorder(REQUEST_TIMEOUT);
        CURRENT.set(spec);
        RECORDER.set(recorder);
        try {
            Files.createDirectories(resultsDirectory);
            int exitCode = Gatling$.MODULE$.fromArgs(new String[] {
                "-s", PlatformLoadSimulation.class.getName(),
                "-rf", resultsDirectory.toAbsolutePath().toString(),
                "-rd", spec.name()
            });
            if (exitCode != 0) {
                throw new IllegalStateException("Gatling ended with code " + exitCode + " for " + spec.name());
            }
            return recorder.figures(spec.duration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            CURRENT.set(null);
            RECORDER.set(null);
        }
    }
}
