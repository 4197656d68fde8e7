package org.weconomics.performance;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.weconomics.infrastructure.platform.RefreshingToken;
import org.weconomics.performance.api.ApiClient;
import org.weconomics.performance.load.GatlingRun;
import org.weconomics.performance.load.Wrk;
import org.weconomics.performance.measure.CanvasFixtures;
import org.weconomics.performance.measure.CostGrowth;
import org.weconomics.performance.measure.EventPropagation;
import org.weconomics.performance.measure.LoadMeasurements;
import org.weconomics.performance.measure.PartnershipOutbox;
import org.weconomics.performance.measure.StartupAndMemory;
import org.weconomics.performance.platform.PlatformUnderTest;
import org.weconomics.performance.report.DocumentSections;
import org.weconomics.performance.report.Machine;
import org.weconomics.performance.report.PerformanceReport;
import org.weconomics.performance.report.ResilienceFigures;

/**
 * The performance harness: starts the platform with the run command on free ports, measures it, stops it,
 * and writes the figures into docs/performance.md (and to {@code performance/target/performance.md}).
 * Not a test: it reports figures and fails only when the platform cannot be measured. Run it with
 * {@code performance/run.sh}, which builds first.
 */
public final class PerformanceHarness {

    static final String HARNESS_SECTION = "performance-harness";
    static final String RESILIENCE_SECTION = "resilience";

    private PerformanceHarness() {}

    public static void main(String[] args) {
        int status = 0;
        try {
            run(HarnessSettings.from(System.getProperties()));
        } catch (RuntimeException e) {
            e.printStackTrace();
            status = 1;
        }
        // Gatling's and the HTTP clients' threads are not all daemons; the run is over either way.
        System.exit(status);
    }

    private static void run(HarnessSettings settings) {
        Machine machine = Machine.now();
        Optional<Wrk> wrk = Wrk.find(settings.workDirectory().resolve("wrk"));
        System.out.println("Starting the platform with the run command ...");
        try (PlatformUnderTest platform = PlatformUnderTest.start(
                settings.repository(), settings.workDirectory().resolve("platform"))) {
            RefreshingToken member =
                    new RefreshingToken(() -> platform.instance().token("anna", "anna"));
            RefreshingToken admin =
                    new RefreshingToken(() -> platform.instance().token("admin", "admin"));
            ApiClient gateway = new ApiClient(platform.gateway(), member);

            StartupAndMemory startup = new StartupAndMemory(platform);
            // Tokens first, so that Keycloak's share stays out of the first calls' times.
            member.get();
            admin.get();
            startup.measureAfterStart(gateway);

            CanvasFixtures canvases = new CanvasFixtures(gateway);
            GatlingRun gatling = new GatlingRun(settings.workDirectory().resolve("gatling"));
            LoadMeasurements.Results load = new LoadMeasurements(settings, gatling, wrk, canvases)
                    .run(platform.gateway(), platform.service("canvas-service"), member);

            EventPropagation.Results events = new EventPropagation(
                            platform.gateway(), member, new PartnershipOutbox(platform))
                    .run(settings.events(), settings.eventsPerSecond());

            CostGrowth.Results growth = new CostGrowth(
                            settings,
                            canvases,
                            gateway,
                            new ApiClient(platform.gateway(), admin),
                            new ApiClient(platform.service("canvas-service"), member),
                            new ApiClient(platform.service("finance-service"), member))
                    .run();
            Map<String, StartupAndMemory.Row> startupRows = startup.rowsAfterLoad();

            String generators = "Gatling " + gatlingVersion() + " (open model) and "
                    + wrk.map(found -> "wrk (closed loop)")
                            .orElse("Gatling's closed model for throughput (wrk was not installed)");
            String markdown = new PerformanceReport(machine, Machine.loadAverage(), settings, generators)
                    .startup(startupRows)
                    .load(load)
                    .events(events)
                    .costGrowth(growth)
                    .markdown();
            publish(settings, markdown);
        }
    }

    private static void publish(HarnessSettings settings, String markdown) {
        Path copy = settings.workDirectory().resolve("performance.md");
        DocumentSections.replaceInFile(copy, HARNESS_SECTION, markdown);
        System.out.println();
        System.out.println(markdown);
        if (!settings.writeDocs()) {
            System.out.println("Figures written to " + copy + " (docs left as they are: -Dperf.write-docs=false).");
            return;
        }
        DocumentSections.replaceInFile(settings.documentation(), HARNESS_SECTION, markdown);
        ResilienceFigures.collect(settings.repository())
                .ifPresentOrElse(
                        resilience -> DocumentSections.replaceInFile(
                                settings.documentation(), RESILIENCE_SECTION, resilience),
                        () -> System.out.println(
                                "No resilience reports in " + ResilienceFigures.REPORTS
                                        + ": run `mvn verify` (end-to-end-tests) to produce them; the section is left as it is."));
        System.out.println("Figures written to " + settings.documentation() + " and " + copy + ".");
    }

    private static String gatlingVersion() {
        Package gatling = io.gatling.app.Gatling.class.getPackage();
        String version = gatling == null ? null : gatling.getImplementationVersion();
        return version == null ? "3.14" : version;
    }
}
