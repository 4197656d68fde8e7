package org.weconomics.performance.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.weconomics.performance.api.ApiClient;
import org.weconomics.performance.platform.PlatformUnderTest;
import org.weconomics.performance.platform.ProcessMemory;

/**
 * Start-up and memory of each component. The start-up times come from the run command itself: it launches
 * each component and waits until its readiness check (or, for PostgreSQL, Kafka and Keycloak, their own
 * check) first answers, and prints how long that took. Quarkus's own "started in" (from its log) and the
 * first API call through the gateway right after the start (cold: no JIT, empty pools and caches) are shown
 * beside it. Resident memory is {@code VmRSS} from {@code /proc/<pid>/status} when idle after the start and
 * after all the load, and {@code VmHWM}, the peak.
 */
public final class StartupAndMemory {

    private static final Pattern READY =
            Pattern.compile("^\\[\\s*[\\d.]+ s\\] (.+?) is ready at .+ \\(([\\d.]+) s\\)$", Pattern.MULTILINE);
    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([\\d.]+)s");

    /** A cold first call per service, through the gateway. */
    private static final Map<String, String> FIRST_CALLS = Map.of(
            "canvas-service", "/api/canvas/canvases?size=1",
            "partnership-service", "/api/partnership/partnerships?size=1",
            "finance-service", "/api/finance/earnings-models?size=1");

    private final PlatformUnderTest platform;
    private final Map<String, Double> readySeconds;
    private final Map<String, Double> firstCallMillis = new LinkedHashMap<>();
    private final Map<String, ProcessMemory.Resident> idle = new LinkedHashMap<>();

    public StartupAndMemory(PlatformUnderTest platform) {
        this.platform = platform;
        this.readySeconds = readySeconds(platform.startOutput());
    }

    /** Every component's launch-to-ready time as the run command printed it, in start order. */
    static Map<String, Double> readySeconds(String launcherOutput) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Matcher ready = READY.matcher(launcherOutput);
        while (ready.find()) {
            seconds.put(ready.group(1), Double.parseDouble(ready.group(2)));
        }
        return seconds;
    }

    /** Right after the start: the cold first calls and the idle memory. */
    public void measureAfterStart(ApiClient gateway) {
        for (String application : PlatformUnderTest.APPLICATION_ORDER) {
            String call = FIRST_CALLS.get(application);
            if (call != null) {
                long started = System.nanoTime();
                gateway.send("GET", call, null, null);
                firstCallMillis.put(application, (System.nanoTime() - started) / 1_000_000.0);
            }
        }
        for (String application : PlatformUnderTest.APPLICATION_ORDER) {
            resident(application).ifPresent(memory -> idle.put(application, memory));
        }
    }

    /** One row per component. */
    public record Row(
            String component,
            Double readySeconds,
            Double quarkusStartedSeconds,
            Double firstCallMillis,
            ProcessMemory.Resident idle,
            ProcessMemory.Resident afterLoad) {}

    /** The table, with the memory after the load read now. */
    public Map<String, Row> rowsAfterLoad() {
        Map<String, Row> rows = new LinkedHashMap<>();
        readySeconds.forEach((component, seconds) -> {
            boolean application = PlatformUnderTest.APPLICATIONS.containsKey(component);
            rows.put(
                    component,
                    new Row(
                            component,
                            seconds,
                            application ? quarkusStarted(component) : null,
                            firstCallMillis.get(component),
                            idle.get(component),
                            application ? resident(component).orElse(null) : null));
        });
        return rows;
    }

    private Optional<ProcessMemory.Resident> resident(String application) {
        return ProcessMemory.quarkusApplicationPid(platform.port(application)).flatMap(ProcessMemory::of);
    }

    private Double quarkusStarted(String application) {
        Path log = platform.instance().logFile(application);
        try {
            Matcher started = QUARKUS_STARTED.matcher(Files.readString(log));
            return started.find() ? Double.valueOf(started.group(1)) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
