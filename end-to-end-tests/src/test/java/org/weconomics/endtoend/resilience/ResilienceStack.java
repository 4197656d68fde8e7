package org.weconomics.endtoend.resilience;

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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.weconomics.endtoend.RunningPlatform;
import org.weconomics.infrastructure.kafka.KafkaBroker;
import org.weconomics.infrastructure.platform.PlatformServices;
import org.weconomics.infrastructure.postgres.PostgresServer;
import org.weconomics.infrastructure.process.FreePort;
import org.weconomics.infrastructure.quarkus.QuarkusApplication;

/**
 * The components the resilience checks stop, kill and restart, each started on its own (not by the run
 * command's supervisor, which would take a crash for a failed start): PostgreSQL on a kept data directory,
 * a Kafka broker, and the three services from their built {@code quarkus-app} jars, with the environment the
 * run command gives them. Tokens come from the Keycloak of the shared {@link RunningPlatform} (register that
 * extension first). Started once per test run, stopped when the run ends.
 */
public final class ResilienceStack implements BeforeAllCallback, AutoCloseable {

    private static ResilienceStack instance;

    private final Path directory = Path.of("target", "resilience-stack").toAbsolutePath();
    private final int postgresPort = FreePort.find();
    private final Map<String, QuarkusApplication> services = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (ResilienceStack.class) {
            if (instance == null) {
                ResilienceStack stack = new ResilienceStack();
                context.getRoot()
                        .getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(ResilienceStack.class.getName(), stack);
                stack.start();
                instance = stack;
            }
        }
    }

    private void start() {
        deleteTree(directory);
        postgres = startPostgresServer();
        kafka = KafkaBroker.start(directory.resolve("kafka"), 0, log("kafka"));
        for (String module : PlatformServices.MODULES) {
            String databaseUrl = postgres.ensureDatabase(PlatformServices.database(module));
            services.put(
                    module,
                    QuarkusApplication.builder(module, QuarkusApplication.builtJar(RunningPlatform.REPOSITORY, module))
                            .port(FreePort.find())
                            .environment(PlatformServices.environment(
                                    module, databaseUrl, postgres, kafka, RunningPlatform.keycloak()))
                            .workingDirectory(RunningPlatform.REPOSITORY)
                            .logFile(log(module))
                            .build());
        }
        // Side by side: most of a start is waiting (Flyway, Kafka, OIDC discovery), so two cores overlap them well.
        CompletableFuture.allOf(services.values().stream()
                        .map(service -> CompletableFuture.runAsync(service::start))
                        .toArray(CompletableFuture[]::new))
                .join();
    }

    static ResilienceStack get() {
        if (instance == null) {
            throw new IllegalStateException("Register @ExtendWith({RunningPlatform.class, ResilienceStack.class})");
        }
        return instance;
    }

    QuarkusApplication service(String module) {
        return services.get(module);
    }

    KafkaBroker kafka() {
        return kafka;
    }

    /** Stops PostgreSQL (a fast shutdown: open connections are cut, as in a crash of the server or its host). */
    synchronized void stopPostgres() {
        postgres.close();
    }

    /** Starts PostgreSQL again on the same port and data. */
    synchronized void startPostgres() {
        postgres = startPostgresServer();
    }

    /** A connection to a service's own database, for checking what it stored. */
    synchronized Connection database(String module) throws SQLException {
        return DriverManager.getConnection(
                postgres.jdbcUrl(PlatformServices.database(module)), postgres.username(), postgres.password());
    }

    private PostgresServer startPostgresServer() {
        return PostgresServer.startEmbedded(directory.resolve("postgres"), postgresPort, log("postgres"));
    }

    private Path log(String component) {
        return directory.resolve("logs").resolve(component + ".log");
    }

    @Override
    public void close() {
        services.values().forEach(QuarkusApplication::close);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
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
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + root, e);
        }
    }
}
