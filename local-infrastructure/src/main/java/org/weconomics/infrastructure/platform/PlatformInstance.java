package org.weconomics.infrastructure.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.weconomics.infrastructure.process.ChildProcess;
import org.weconomics.infrastructure.process.FreePort;

/**
 * One copy of the platform as the run command starts it, for programs that drive the platform from
 * outside (the end-to-end tests, the performance harness): the launcher jar with {@code start},
 * {@code stop} and {@code status}, on free ports and in a run directory of its own.
 */
public final class PlatformInstance {

    /** The components whose port moves with {@code WECONOMICS_<component>_PORT}. */
    public static final List<String> PORT_VARIABLES = List.of(
            "GATEWAY", "CANVAS", "PARTNERSHIP", "FINANCE", "KEYCLOAK", "KEYCLOAK_MANAGEMENT", "KAFKA", "POSTGRES");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Path repository;
    private final Path runDirectory;
    private final Map<String, String> environment = new LinkedHashMap<>();

    private PlatformInstance(Path repository, Path runDirectory) {
        this.repository = repository;
        this.runDirectory = runDirectory;
        for (String component : PORT_VARIABLES) {
            environment.put(portVariable(component), Integer.toString(FreePort.find()));
        }
        environment.put("WECONOMICS_RUN_DIR", runDirectory.toString());
    }

    /**
     * A platform on ports free right now.
     *
     * @param repository the repository root, where {@code platform-launcher/target/platform-launcher.jar} is built
     * @param runDirectory where its data, logs and progress go; created when missing
     */
    public static PlatformInstance onFreePorts(Path repository, Path runDirectory) {
        try {
            Files.createDirectories(runDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + runDirectory, e);
        }
        return new PlatformInstance(repository.toAbsolutePath(), runDirectory.toAbsolutePath());
    }

    /** An environment variable for the launcher and, through it, every component it starts. */
    public PlatformInstance environment(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Runs {@code start} (with {@code --no-demo-data} unless asked for) and waits until it returns. */
    public Result start(boolean demoData, Duration timeout) {
        return demoData ? run(timeout, "start") : run(timeout, "start", "--no-demo-data");
    }

    public Result stop() {
        return run(Duration.ofMinutes(3), "stop");
    }

    /** Runs the launcher with the arguments; the output is what the command printed. */
    public Result run(Duration timeout, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                ChildProcess.javaExecutable(),
                "-jar",
                repository
                        .resolve("platform-launcher/target/platform-launcher.jar")
                        .toString()));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile(runDirectory, "launcher-", ".out");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(repository.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            Files.deleteIfExists(output);
            if (!finished) {
                throw new IllegalStateException(String.join(" ", arguments) + " did not finish within "
                        + timeout.toSeconds() + " s; it printed:\n" + printed);
            }
            return new Result(process.exitValue(), printed);
        } catch (IOException e) {
            throw new UncheckedIOException("The launcher could not be run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the launcher ran", e);
        }
    }

    /** What a launcher command printed and how it ended. */
    public record Result(int exitCode, String output) {}

    /** The port of a component named as in {@link #PORT_VARIABLES}. */
    public int port(String component) {
        return Integer.parseInt(environment.get(portVariable(component)));
    }

    public Path runDirectory() {
        return runDirectory;
    }

    /** The log file of a component: {@code postgres}, {@code kafka}, {@code keycloak}, or a module name. */
    public Path logFile(String component) {
        return runDirectory.resolve("logs").resolve(component + ".log");
    }

    public String gateway() {
        return "http://localhost:" + port("GATEWAY");
    }

    /** The base URL of a service, e.g. {@code service("CANVAS")}, for calls that bypass the gateway. */
    public String service(String component) {
        return "http://localhost:" + port(component);
    }

    public String keycloak() {
        return "http://localhost:" + port("KEYCLOAK");
    }

    /** An access token of a realm user, from the real Keycloak (password grant of the CLI client). */
    public String token(String username, String password) {
        return token(keycloak(), username, password);
    }

    /** An access token of a user of the {@code weconomics} realm on the Keycloak at {@code keycloakUrl}. */
    public static String token(String keycloakUrl, String username, String password) {
        String form = "grant_type=password&client_id=weconomics-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/weconomics/protocol/openid-connect/token"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + " ("
                        + response.statusCode() + "): " + response.body());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer at " + keycloakUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking Keycloak for a token", e);
        }
    }

    private static String portVariable(String component) {
        return "WECONOMICS_" + component + "_PORT";
    }
}
