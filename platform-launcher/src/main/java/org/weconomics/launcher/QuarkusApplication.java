package org.weconomics.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.weconomics.infrastructure.process.ChildProcess;
import org.weconomics.infrastructure.process.ComponentStartException;

/** One of the platform's Quarkus applications, run from its built {@code quarkus-app} directory. */
final class QuarkusApplication implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);

    private final String name;
    private final int port;
    private final ChildProcess process;

    private QuarkusApplication(String name, int port, ChildProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts the module's application and waits until its readiness check answers UP. */
    /**
     * @param host the interface to listen on: loopback for the services, so that only the gateway is reachable
     *     from other machines
     */
    static QuarkusApplication start(
            String module, String host, int port, Map<String, String> environment, PlatformSettings settings) {
        Path jar = settings.repository().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new ComponentStartException(
                    module + " is not built (" + jar + " is missing): run ./platform start, " + "which builds it",
                    null,
                    null);
        }
        List<String> command = List.of(
                ChildProcess.javaExecutable(),
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-Dquarkus.http.host=" + host,
                "-Dquarkus.http.port=" + port,
                "-jar",
                jar.toString());
        ChildProcess process =
                ChildProcess.start(module, command, settings.repository(), environment, settings.logFile(module));
        QuarkusApplication application = new QuarkusApplication(module, port, process);
        process.awaitReady(application::isReady, START_TIMEOUT);
        return application;
    }

    boolean isReady() {
        return isReady(port);
    }

    static boolean isReady(int port) {
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

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
