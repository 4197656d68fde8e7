package org.weconomics.performance.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.weconomics.infrastructure.platform.PlatformInstance;
import org.weconomics.infrastructure.platform.PlatformServices;

/**
 * The platform the harness measures, started by the run command itself on free ports and in a fresh run
 * directory, with the gateway's rate limits raised out of the way (otherwise the load would measure the
 * 429 answers). No demo data: the harness makes what it measures.
 */
public final class PlatformUnderTest implements AutoCloseable {

    /** The Quarkus applications, by the component name of their port variable. */
    public static final Map<String, String> APPLICATIONS = Map.of(
            "canvas-service", "CANVAS",
            "partnership-service", "PARTNERSHIP",
            "finance-service", "FINANCE",
            "gateway", "GATEWAY");

    public static final List<String> APPLICATION_ORDER =
            List.of("canvas-service", "partnership-service", "finance-service", "gateway");

    private static final String NO_LIMIT = "1000000";

    private final PlatformInstance platform;
    private final String startOutput;

    private PlatformUnderTest(PlatformInstance platform, String startOutput) {
        this.platform = platform;
        this.startOutput = startOutput;
    }

    public static PlatformUnderTest start(Path repository, Path runDirectory) {
        deleteTree(runDirectory);
        PlatformInstance platform = PlatformInstance.onFreePorts(repository, runDirectory)
                .environment("WECONOMICS_GATEWAY_RATE_SUBJECT_BURST", NO_LIMIT)
                .environment("WECONOMICS_GATEWAY_RATE_SUBJECT_PER_SECOND", NO_LIMIT)
                .environment("WECONOMICS_GATEWAY_RATE_IP_BURST", NO_LIMIT)
                .environment("WECONOMICS_GATEWAY_RATE_IP_PER_SECOND", NO_LIMIT);
        PlatformInstance.Result started = platform.start(false, Duration.ofMinutes(8));
        System.out.print(started.output());
        if (started.exitCode() != 0) {
            platform.stop();
            throw new IllegalStateException("The platform did not start (exit code " + started.exitCode() + ")");
        }
        return new PlatformUnderTest(platform, started.output());
    }

    public PlatformInstance instance() {
        return platform;
    }

    /** What {@code ./platform start} printed: every component's start with its duration. */
    public String startOutput() {
        return startOutput;
    }

    public String gateway() {
        return platform.gateway();
    }

    /** A service's own base URL, e.g. {@code service("canvas-service")}. */
    public String service(String application) {
        return platform.service(APPLICATIONS.get(application));
    }

    public int port(String application) {
        return platform.port(APPLICATIONS.get(application));
    }

    /** A connection to a service's own database on the platform's PostgreSQL, to read the services' own records. */
    public Connection database(String application) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + platform.port("POSTGRES") + "/"
                        + PlatformServices.database(application),
                "postgres",
                "postgres");
    }

    @Override
    public void close() {
        platform.stop();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                    Files.delete(directory);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + root, e);
        }
    }
}
