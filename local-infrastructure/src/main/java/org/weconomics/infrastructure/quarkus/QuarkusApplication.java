package org.weconomics.infrastructure.quarkus;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.weconomics.infrastructure.process.ChildProcess;
import org.weconomics.infrastructure.process.ComponentStartException;

/**
 * One of the platform's Quarkus applications, run from its built {@code quarkus-app} directory as a child
 * process. It can be stopped, killed as a crash would, and started again with the same settings (port,
 * environment, log file), as the run command and the resilience checks need.
 */
public final class QuarkusApplication implements AutoCloseable {

    /** How long a start may take until the readiness check answers UP. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final String host;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path workingDirectory;
    private final Path logFile;
    private ChildProcess process;
    private Duration startDuration;

    private QuarkusApplication(Builder builder) {
        this.name = builder.name;
        this.jar = builder.jar;
        this.host = builder.host;
        this.port = builder.port;
        this.environment = Map.copyOf(builder.environment);
        this.jvmOptions = List.copyOf(builder.jvmOptions);
        this.workingDirectory = builder.workingDirectory;
        this.logFile = builder.logFile;
    }

    /**
     * @param name the component's name in every message, e.g. the module name
     * @param jar the application's {@code quarkus-app/quarkus-run.jar}
     */
    public static Builder builder(String name, Path jar) {
        return new Builder(name, jar);
    }

    /** {@code <repository>/<module>/target/quarkus-app/quarkus-run.jar}, which the Maven build makes. */
    public static Path builtJar(Path repository, String module) {
        return repository.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /**
     * Starts the application and waits until its readiness check answers UP; after {@link #stop()} or
     * {@link #kill()} it starts again with the same settings.
     *
     * @throws ComponentStartException naming the log file when it exits or is not ready in time
     */
    public synchronized QuarkusApplication start() {
        if (isRunning()) {
            return this;
        }
        if (!Files.isRegularFile(jar)) {
            throw new ComponentStartException(
                    name + " is not built (" + jar + " is missing): build it with Maven first", null, null);
        }
        List<String> command = new ArrayList<>();
        command.add(ChildProcess.javaExecutable());
        command.addAll(jvmOptions);
        command.add("-Dquarkus.http.host=" + host);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-jar");
        command.add(jar.toString());
        Instant launched = Instant.now();
        process = ChildProcess.start(name, command, workingDirectory, environment, logFile);
        process.awaitReady(this::isReady, START_TIMEOUT);
        startDuration = Duration.between(launched, Instant.now());
        return this;
    }

    /** Whether {@code /q/health/ready} answers 200 now. */
    public boolean isReady() {
        return isReady(port);
    }

    /** Whether the application on this loopback port answers its readiness check with 200. */
    public static boolean isReady(int port) {
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(2))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops it cleanly (SIGTERM, then a kill after the grace period). */
    public synchronized void stop() {
        if (process != null) {
            process.stop(STOP_GRACE);
            process = null;
        }
    }

    /** Kills the JVM at once ({@code kill -9}), as a crash would: no shutdown hook, no clean close. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
            process = null;
        }
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    /** {@code http://localhost:<port>}. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The process id of the running JVM. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return process.pid();
    }

    /** From launching the JVM until the readiness check first answered UP, for the last start. */
    public synchronized Duration startDuration() {
        return startDuration;
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        stop();
    }

    /** The settings of a {@link QuarkusApplication}; every start uses the same. */
    public static final class Builder {

        private final String name;
        private final Path jar;
        private String host = "127.0.0.1";
        private int port;
        private final Map<String, String> environment = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC"));
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private Path logFile;

        private Builder(String name, Path jar) {
            this.name = name;
            this.jar = jar;
        }

        /** The interface to listen on; loopback by default, so that only what should be public is reachable. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Added to the environment the child inherits from this JVM. */
        public Builder environment(Map<String, String> variables) {
            environment.putAll(variables);
            return this;
        }

        public Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        /** Replaces the default heap and collector options. */
        public Builder jvmOptions(List<String> options) {
            jvmOptions.clear();
            jvmOptions.addAll(options);
            return this;
        }

        public Builder workingDirectory(Path directory) {
            this.workingDirectory = directory;
            return this;
        }

        /** Where standard output and error go, appended across restarts. */
        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        public QuarkusApplication build() {
            if (port <= 0 || port > 65535) {
                throw new IllegalArgumentException(name + " needs a port, not " + port);
            }
            if (logFile == null) {
                throw new IllegalArgumentException(name + " needs a log file");
            }
            return new QuarkusApplication(this);
        }
    }
}
