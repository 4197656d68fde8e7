package org.weconomics.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;
import org.weconomics.infrastructure.kafka.KafkaBroker;
import org.weconomics.infrastructure.keycloak.KeycloakServer;
import org.weconomics.infrastructure.platform.PlatformServices;
import org.weconomics.infrastructure.postgres.PostgresServer;
import org.weconomics.infrastructure.process.ComponentStartException;
import org.weconomics.infrastructure.process.FreePort;
import org.weconomics.infrastructure.quarkus.QuarkusApplication;

/**
 * Runs the platform: starts each component in order, waits until it is healthy, records what runs,
 * and stops everything it started, in reverse order, when it is asked to stop (SIGTERM).
 */
final class Supervisor {

    private static final int LOG_LINES_QUOTED_ON_FAILURE = 25;

    private final PlatformSettings settings;
    private final Progress progress;
    private final boolean loadDemoData;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, String> components = new LinkedHashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    Supervisor(PlatformSettings settings, boolean loadDemoData) {
        this.settings = settings;
        this.progress = new Progress(settings.progressFile());
        this.loadDemoData = loadDemoData;
    }

    /** Starts everything and blocks until the process is asked to stop. */
    void run() throws InterruptedException {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "platform-shutdown"));
        try {
            startAll();
            progress.ready();
        } catch (RuntimeException e) {
            // Stop first: the foreground command reports the failure as soon as it reads it, and says nothing runs.
            stopAll();
            logOfFailedComponent(e).ifPresent(log -> progress.quoteLogTail(log, LOG_LINES_QUOTED_ON_FAILURE));
            progress.failed(e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    private static Optional<Path> logOfFailedComponent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ComponentStartException start && start.logFile() != null) {
                return Optional.of(start.logFile()).filter(Files::isRegularFile);
            }
        }
        return Optional.empty();
    }

    private void startAll() {
        checkPortsAreFree();
        PostgresServer postgres = start(
                "PostgreSQL",
                () -> settings.externalPostgres()
                        .map(external -> PostgresServer.existing(
                                external.host(), external.port(), external.username(), external.password()))
                        .orElseGet(() -> PostgresServer.startEmbedded(
                                settings.runDirectory().resolve("postgres"),
                                settings.postgresPort(),
                                settings.logFile("postgres"))),
                server -> "port " + server.port());
        Map<String, String> databaseUrls = new LinkedHashMap<>();
        PlatformServices.MODULES.forEach(
                service -> databaseUrls.put(service, postgres.ensureDatabase(PlatformServices.database(service))));

        KafkaBroker kafka = start(
                "Kafka",
                () -> KafkaBroker.start(
                        settings.runDirectory().resolve("kafka"), settings.kafkaPort(), settings.logFile("kafka")),
                broker -> broker.bootstrapServers());

        start(
                "Keycloak",
                () -> KeycloakServer.builder()
                        .instanceDirectory(settings.runDirectory().resolve("keycloak"))
                        .realmFile(settings.repository().resolve(KeycloakServer.REALM_FILE_IN_REPOSITORY))
                        .httpPort(settings.keycloakPort())
                        .managementPort(settings.keycloakManagementPort())
                        .logFile(settings.logFile("keycloak"))
                        .environment("WECONOMICS_WEB_REDIRECT_URI", settings.gatewayUrl() + "/*")
                        .environment("WECONOMICS_WEB_ORIGIN", settings.gatewayUrl())
                        .start(),
                server -> server.baseUrl());

        startService("canvas-service", settings.canvasPort(), databaseUrls, postgres, kafka);
        startService("partnership-service", settings.partnershipPort(), databaseUrls, postgres, kafka);
        startService("finance-service", settings.financePort(), databaseUrls, postgres, kafka);

        Map<String, String> gatewayEnvironment = Map.of(
                "OIDC_AUTH_SERVER_URL", settings.issuer(),
                "WECONOMICS_GATEWAY_CANVAS_URL", "http://localhost:" + settings.canvasPort(),
                "WECONOMICS_GATEWAY_PARTNERSHIP_URL", "http://localhost:" + settings.partnershipPort(),
                "WECONOMICS_GATEWAY_FINANCE_URL", "http://localhost:" + settings.financePort());
        start(
                "gateway",
                () -> application("gateway", "0.0.0.0", settings.gatewayPort(), gatewayEnvironment)
                        .start(),
                application -> settings.gatewayUrl());

        if (loadDemoData && !Files.exists(settings.demoDataMarker())) {
            Instant begin = Instant.now();
            DemoData.Loaded loaded = new DemoData(settings).load();
            progress.step("Demo data loaded through the gateway: " + loaded.summary() + " ("
                    + seconds(Duration.between(begin, Instant.now())) + ")");
        }
        recordComponents();
    }

    private void startService(
            String module, int port, Map<String, String> databaseUrls, PostgresServer postgres, KafkaBroker kafka) {
        Map<String, String> environment =
                PlatformServices.environment(module, databaseUrls.get(module), postgres, kafka, settings.keycloakUrl());
        start(
                module,
                () -> application(module, "127.0.0.1", port, environment).start(),
                application -> "http://localhost:" + port);
    }

    private QuarkusApplication application(String module, String host, int port, Map<String, String> environment) {
        return QuarkusApplication.builder(module, QuarkusApplication.builtJar(settings.repository(), module))
                .host(host)
                .port(port)
                .environment(environment)
                .workingDirectory(settings.repository())
                .logFile(settings.logFile(module))
                .build();
    }

    private <C extends AutoCloseable> C start(String name, Supplier<C> starter, Function<C, String> where) {
        progress.step("Starting " + name + " ...");
        Instant begin = Instant.now();
        C component;
        try {
            component = starter.get();
        } catch (RuntimeException e) {
            throw new IllegalStateException(name + " did not start: " + e.getMessage(), e);
        }
        started.push(component);
        String location = where.apply(component);
        components.put(name, location);
        progress.step(name + " is ready at " + location + " (" + seconds(Duration.between(begin, Instant.now())) + ")");
        return component;
    }

    private void checkPortsAreFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("gateway (WECONOMICS_GATEWAY_PORT)", settings.gatewayPort());
        ports.put("canvas-service (WECONOMICS_CANVAS_PORT)", settings.canvasPort());
        ports.put("partnership-service (WECONOMICS_PARTNERSHIP_PORT)", settings.partnershipPort());
        ports.put("finance-service (WECONOMICS_FINANCE_PORT)", settings.financePort());
        ports.put("Keycloak (WECONOMICS_KEYCLOAK_PORT)", settings.keycloakPort());
        ports.put("Keycloak management (WECONOMICS_KEYCLOAK_MANAGEMENT_PORT)", settings.keycloakManagementPort());
        ports.put("Kafka (WECONOMICS_KAFKA_PORT)", settings.kafkaPort());
        if (settings.externalPostgres().isEmpty()) {
            ports.put("PostgreSQL (WECONOMICS_POSTGRES_PORT)", settings.postgresPort());
        }
        ports.forEach((component, port) -> {
            if (FreePort.isListening(port)) {
                throw new IllegalStateException("Port " + port + " for " + component + " is taken by another program; "
                        + "stop it or choose another port with that variable");
            }
        });
    }

    private void recordComponents() {
        Properties properties = new Properties();
        properties.putAll(components);
        try (OutputStream out = Files.newOutputStream(settings.componentsFile())) {
            properties.store(out, "What ./platform started");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            AutoCloseable component = started.pop();
            try {
                component.close();
            } catch (Exception e) {
                System.err.println("A component did not stop cleanly: " + e.getMessage());
            }
        }
        try {
            Files.deleteIfExists(settings.componentsFile());
            Files.deleteIfExists(settings.supervisorPidFile());
        } catch (IOException e) {
            System.err.println("Could not clean the run directory: " + e.getMessage());
        }
        stopped.countDown();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
