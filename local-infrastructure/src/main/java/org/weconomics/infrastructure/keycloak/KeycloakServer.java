package org.weconomics.infrastructure.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.weconomics.infrastructure.process.ChildProcess;
import org.weconomics.infrastructure.process.ComponentStartException;
import org.weconomics.infrastructure.process.FreePort;

/**
 * A real Keycloak server from its distribution, started with {@code kc.sh start-dev} as a child process
 * and the {@code weconomics} realm imported from {@code infrastructure/keycloak/weconomics-realm.json}.
 *
 * <p>Layout. The distribution is unpacked and built once into a shared cache directory
 * ({@code ${user.home}/.cache/weconomics/keycloak-<version>}), see {@link KeycloakDistribution}. Each
 * instance runs from a home directory of its own, because Keycloak keeps its state (the H2 database,
 * the import directory, transaction logs) in {@code <home>/data}: the home holds copies of the small
 * files Keycloak may rewrite ({@code bin/kc.sh}, {@code lib/quarkus}, {@code conf}) and a symbolic link
 * {@code lib/lib} to the cached jars. Two instances thus never share state, and the cache is never
 * written to. Without {@link Builder#instanceDirectory(Path)} the home is a fresh temporary directory,
 * deleted on {@link #close()} (tests: a fresh realm every time); with it, the data is kept across starts
 * (the run command). Needs a POSIX system (symbolic link, {@code kc.sh}).
 *
 * <p>The realm is imported only when it does not exist yet (Keycloak's {@code --import-realm} skips
 * existing realms): to re-import it into a kept instance directory, start with
 * {@link Builder#resetData(boolean)} or delete {@code <instance directory>/data}.
 *
 * <p>The issuer is fixed to {@code http://<hostname>:<port>/realms/weconomics} ({@code --hostname}),
 * whatever address a request comes in on, so that the services' configured issuer always matches.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class);

    public static final int DEFAULT_HTTP_PORT = 8180;
    public static final int DEFAULT_MANAGEMENT_PORT = 9000;
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(300);
    public static final String DEFAULT_ADMIN_USERNAME = "admin";
    public static final String DEFAULT_ADMIN_PASSWORD = "admin";

    /** System property naming the cache directory of the unpacked distribution. */
    public static final String CACHE_DIRECTORY_PROPERTY = "weconomics.keycloak.cache-dir";
    /** System property naming the realm file to import. */
    public static final String REALM_FILE_PROPERTY = "weconomics.keycloak.realm-file";
    /** Where the realm file is in the repository. */
    public static final Path REALM_FILE_IN_REPOSITORY = Path.of("infrastructure", "keycloak", "weconomics-realm.json");

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final Path home;
    private final boolean temporaryHome;
    private final String hostname;
    private final int httpPort;
    private final int managementPort;
    private final String adminUsername;
    private final String adminPassword;
    private final Path logFile;
    private volatile ChildProcess process;
    private long pid;
    private Thread shutdownHook;
    private Duration startDuration;

    private KeycloakServer(
            Builder builder, Path home, boolean temporaryHome, int httpPort, int managementPort, Path logFile) {
        this.home = home;
        this.temporaryHome = temporaryHome;
        this.hostname = builder.hostname;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.adminUsername = builder.adminUsername;
        this.adminPassword = builder.adminPassword;
        this.logFile = logFile;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://<hostname>:<port>}, e.g. {@code http://localhost:8180}. */
    public String baseUrl() {
        return "http://" + hostname + ":" + httpPort;
    }

    /** The {@code iss} of the realm's tokens, e.g. {@code http://localhost:8180/realms/weconomics}. */
    public String issuerUrl() {
        return baseUrl() + "/realms/" + WeconomicsRealm.NAME;
    }

    public String tokenEndpoint() {
        return issuerUrl() + "/protocol/openid-connect/token";
    }

    public String jwksUrl() {
        return issuerUrl() + "/protocol/openid-connect/certs";
    }

    /** The admin console (master realm, {@link #adminUsername()} / {@link #adminPassword()}). */
    public String adminConsoleUrl() {
        return baseUrl() + "/admin/";
    }

    /** The management interface with {@code /health}, {@code /health/ready} and {@code /health/live}. */
    public String managementUrl() {
        return "http://" + hostname + ":" + managementPort;
    }

    public int httpPort() {
        return httpPort;
    }

    public int managementPort() {
        return managementPort;
    }

    /** The bootstrap administrator of the master realm. */
    public String adminUsername() {
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** Keycloak's standard output and error. */
    public Path logFile() {
        return logFile;
    }

    /** The instance's home directory (its {@code data} holds the database). */
    public Path instanceDirectory() {
        return home;
    }

    /** The process id of {@code kc.sh}, whose child is the Keycloak JVM (or which became it, after a rebuild). */
    public long pid() {
        return pid;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** How long the start took, from launching {@code kc.sh} until the realm answered. */
    public Duration startDuration() {
        return startDuration;
    }

    /**
     * Stops Keycloak and its whole process tree: SIGTERM (kc.sh passes it on to the JVM), a grace
     * period, then kills whatever is left. Deletes a temporary instance directory.
     */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> tree = ProcessHandle.of(process.pid())
                .map(handle -> handle.descendants().toList())
                .orElse(List.of());
        LOG.debugf("Stopping Keycloak (pid %d)", process.pid());
        process.stop(STOP_GRACE);
        for (ProcessHandle descendant : tree) {
            awaitExit(descendant);
        }
        process = null;
        removeShutdownHook();
        if (temporaryHome) {
            try {
                KeycloakDistribution.deleteTree(home);
            } catch (IOException e) {
                LOG.warnf("Could not delete %s: %s", home, e.getMessage());
            }
        }
        LOG.infof("Keycloak on port %d stopped", httpPort);
    }

    private synchronized void start(Builder builder, Path realmFile, Path distribution) {
        try {
            layOutHome(distribution, home, realmFile);
        } catch (IOException e) {
            throw new ComponentStartException(
                    "Keycloak's instance directory " + home + " could not be prepared: " + e.getMessage(), logFile, e);
        }
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA", ChildProcess.javaExecutable());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", adminUsername);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        environment.putAll(builder.environment);
        List<String> command = command(home, builder.bindAddress, httpPort, managementPort, baseUrl(), true);

        LOG.infof(
                "Starting Keycloak on %s (management port %d, home %s, log %s)",
                baseUrl(), managementPort, home, logFile);
        Instant started = Instant.now();
        process = ChildProcess.start("Keycloak", command, home, environment, logFile);
        pid = process.pid();
        shutdownHook = new Thread(this::stopAtShutdown, "keycloak-" + httpPort + "-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        String local = "http://" + loopbackFor(builder.bindAddress);
        BooleanSupplier realmAnswers = answers200(
                local + ":" + httpPort + "/realms/" + WeconomicsRealm.NAME + "/.well-known/openid-configuration");
        BooleanSupplier healthReady = answers200(local + ":" + managementPort + "/health/ready");
        try {
            process.awaitReady(() -> healthReady.getAsBoolean() && realmAnswers.getAsBoolean(), builder.startTimeout);
        } catch (RuntimeException e) {
            process.close();
            process = null;
            removeShutdownHook();
            throw e;
        }
        startDuration = Duration.between(started, Instant.now());
        LOG.infof("Keycloak ready after %.1f s: issuer %s", startDuration.toMillis() / 1000.0, issuerUrl());
    }

    /** The {@code kc.sh start-dev} command line; {@code hostnameUrl} may be null (issuer from the request). */
    static List<String> command(
            Path home, String bindAddress, int httpPort, int managementPort, String hostnameUrl, boolean importRealm) {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-host=" + bindAddress,
                "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // A build option: the cached distribution is built with it, so start-dev need not rebuild.
                "--health-enabled=true"));
        if (hostnameUrl != null) {
            command.add("--hostname=" + hostnameUrl);
        }
        if (importRealm) {
            command.add("--import-realm");
        }
        return command;
    }

    /** A check that a GET of the URL answers 200. */
    static BooleanSupplier answers200(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        return () -> {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    private static String loopbackFor(String bindAddress) {
        return "0.0.0.0".equals(bindAddress) || "::".equals(bindAddress) ? "127.0.0.1" : bindAddress;
    }

    /**
     * Makes {@code home} runnable: copies of what Keycloak may write (refreshed from the cache on every
     * start), a link to the cached jars, the configuration (kept once there), and the realm to import.
     */
    static void layOutHome(Path distribution, Path home, Path realmFile) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.createDirectories(home.resolve("data").resolve("import"));
        Path kcSh = home.resolve("bin").resolve("kc.sh");
        Files.copy(distribution.resolve("bin").resolve("kc.sh"), kcSh, StandardCopyOption.REPLACE_EXISTING);
        KeycloakDistribution.makeExecutable(kcSh);
        Files.copy(
                distribution.resolve("lib").resolve("quarkus-run.jar"),
                home.resolve("lib").resolve("quarkus-run.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        for (String built : List.of("app", "quarkus")) {
            Path target = home.resolve("lib").resolve(built);
            KeycloakDistribution.deleteTree(target);
            copyTree(distribution.resolve("lib").resolve(built), target);
        }
        link(home.resolve("lib").resolve("lib"), distribution.resolve("lib").resolve("lib"));
        for (String kept : List.of("conf", "providers", "themes")) {
            Path target = home.resolve(kept);
            if (!Files.exists(target)) {
                copyTree(distribution.resolve(kept), target);
            }
        }
        Files.copy(
                realmFile,
                home.resolve("data").resolve("import").resolve(WeconomicsRealm.NAME + "-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void link(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        KeycloakDistribution.deleteTree(link);
        Files.createSymbolicLink(link, target);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
                    throws IOException {
                Files.createDirectories(
                        target.resolve(source.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(
                        file,
                        target.resolve(source.relativize(file).toString()),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void awaitExit(ProcessHandle handle) {
        try {
            handle.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            LOG.warnf("Keycloak process %d still runs; killing it", handle.pid());
            handle.destroyForcibly();
        } catch (ExecutionException e) {
            handle.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
        }
    }

    /** After a failed start: the log stays for reading (the exception names it), the rest goes. */
    private void deleteTemporaryHomeButTheLog() {
        try (var entries = Files.list(home)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (!entry.equals(logFile)) {
                    KeycloakDistribution.deleteTree(entry);
                }
            }
        } catch (IOException e) {
            LOG.warnf("Could not clean up %s: %s", home, e.getMessage());
        }
    }

    /** Without the monitor: a start in progress holds it, and must not delay the JVM's exit. */
    private void stopAtShutdown() {
        ChildProcess running = process;
        if (running != null) {
            running.stop(STOP_GRACE);
        }
    }

    private void removeShutdownHook() {
        if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down; the hook runs close() itself.
        }
        shutdownHook = null;
    }

    /** Where the realm file is: as configured, as the build recorded it, or found above the working directory. */
    static Path locateRealmFile(Path configured) {
        if (configured != null) {
            return existing(configured, "the configured realm file");
        }
        String property = System.getProperty(REALM_FILE_PROPERTY);
        if (property != null && !property.isBlank()) {
            return existing(Path.of(property), "-D" + REALM_FILE_PROPERTY);
        }
        String recorded = KeycloakDistribution.buildProperty(KeycloakDistribution.REALM_FILE_PROPERTY);
        if (recorded != null && Files.isRegularFile(Path.of(recorded))) {
            return Path.of(recorded).toAbsolutePath().normalize();
        }
        for (Path directory = Path.of(System.getProperty("user.dir")).toAbsolutePath();
                directory != null;
                directory = directory.getParent()) {
            Path candidate = directory.resolve(REALM_FILE_IN_REPOSITORY);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("The realm file " + REALM_FILE_IN_REPOSITORY + " was not found: run from the "
                + "repository, or name it with -D" + REALM_FILE_PROPERTY
                + " or KeycloakServer.builder().realmFile(...)");
    }

    private static Path existing(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(what + " " + file + " does not exist");
        }
        return file.toAbsolutePath().normalize();
    }

    /** Options of a Keycloak server; {@link #start()} starts it and waits until the realm answers. */
    public static final class Builder {

        private Path distributionZip;
        private Path cacheDirectory;
        private Path instanceDirectory;
        private Path realmFile;
        private Path logFile;
        private int httpPort = DEFAULT_HTTP_PORT;
        private int managementPort = DEFAULT_MANAGEMENT_PORT;
        private String hostname = "localhost";
        private String bindAddress = "127.0.0.1";
        private String adminUsername = DEFAULT_ADMIN_USERNAME;
        private String adminPassword = DEFAULT_ADMIN_PASSWORD;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private boolean resetData;
        private final Map<String, String> environment = new LinkedHashMap<>();

        private Builder() {}

        /** The distribution zip; by default the one the Maven build recorded in distributions.properties. */
        public Builder distributionZip(Path zip) {
            this.distributionZip = zip;
            return this;
        }

        /**
         * Where the distribution is unpacked once; by default {@code -Dweconomics.keycloak.cache-dir} or
         * {@code ${user.home}/.cache/weconomics/keycloak-<version>}.
         */
        public Builder cacheDirectory(Path directory) {
            this.cacheDirectory = directory;
            return this;
        }

        /**
         * The instance's home, kept across starts (so is its database and realm); by default a
         * temporary directory, deleted on close.
         */
        public Builder instanceDirectory(Path directory) {
            this.instanceDirectory = directory;
            return this;
        }

        /** Deletes the instance's data before starting, so that the realm is imported afresh. */
        public Builder resetData(boolean reset) {
            this.resetData = reset;
            return this;
        }

        /** The realm to import; by default {@code infrastructure/keycloak/weconomics-realm.json} of the repository. */
        public Builder realmFile(Path file) {
            this.realmFile = file;
            return this;
        }

        /** Where Keycloak's output goes (appended); by default {@code keycloak.log} in the instance directory. */
        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        /** The HTTP port, default 8180; 0 for any free port. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** The management port (health), default 9000; 0 for any free port. */
        public Builder managementPort(int port) {
            this.managementPort = port;
            return this;
        }

        /** The host name in the issuer and the URLs, default {@code localhost}. */
        public Builder hostname(String hostname) {
            this.hostname = Objects.requireNonNull(hostname);
            return this;
        }

        /** The address to listen on, default {@code 127.0.0.1} (loopback only). */
        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address);
            return this;
        }

        /** The bootstrap administrator of the master realm, default admin / admin. */
        public Builder admin(String username, String password) {
            this.adminUsername = Objects.requireNonNull(username);
            this.adminPassword = Objects.requireNonNull(password);
            return this;
        }

        /** How long to wait for the realm to answer, default 120 s. */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /**
         * An environment variable for the Keycloak process, e.g. {@code WECONOMICS_WEB_REDIRECT_URI} and
         * {@code WECONOMICS_WEB_ORIGIN}, which the realm import reads.
         */
        public Builder environment(String name, String value) {
            this.environment.put(Objects.requireNonNull(name), Objects.requireNonNull(value));
            return this;
        }

        /**
         * Unpacks the distribution if needed, starts Keycloak and waits until the realm's OpenID
         * configuration and the readiness check answer.
         *
         * @throws ComponentStartException naming the log file, when Keycloak exits or is not ready in time
         */
        public KeycloakServer start() {
            String version = KeycloakDistribution.version();
            Path zip = distributionZip != null ? distributionZip : KeycloakDistribution.zip();
            Path cache = cacheDirectory != null ? cacheDirectory : defaultCache(version);
            Path realm = locateRealmFile(realmFile);
            Path distribution = KeycloakDistribution.prepare(zip, cache, startTimeout);

            int http = port(httpPort);
            int management = port(managementPort);
            if (http == management) {
                throw new IllegalArgumentException("The HTTP and management ports must differ: " + http);
            }

            boolean temporary = instanceDirectory == null;
            Path home;
            try {
                home = temporary
                        ? Files.createTempDirectory("weconomics-keycloak-")
                        : Files.createDirectories(instanceDirectory)
                                .toAbsolutePath()
                                .normalize();
                if (resetData && !temporary) {
                    KeycloakDistribution.deleteTree(home.resolve("data"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create Keycloak's instance directory", e);
            }
            Path log = (logFile != null ? logFile : home.resolve("keycloak.log")).toAbsolutePath();
            KeycloakServer server = new KeycloakServer(this, home, temporary, http, management, log);
            try {
                server.start(this, realm, distribution);
            } catch (RuntimeException e) {
                if (temporary) {
                    server.deleteTemporaryHomeButTheLog();
                }
                throw e;
            }
            return server;
        }

        private static Path defaultCache(String version) {
            String property = System.getProperty(CACHE_DIRECTORY_PROPERTY);
            return property != null && !property.isBlank()
                    ? Path.of(property)
                    : KeycloakDistribution.defaultCacheDirectory(version);
        }

        private static int port(int requested) {
            if (requested == 0) {
                return FreePort.find();
            }
            if (FreePort.isListening(requested)) {
                throw new ComponentStartException(
                        "Keycloak cannot listen on port " + requested + ": it is taken", null, null);
            }
            return requested;
        }
    }
}
