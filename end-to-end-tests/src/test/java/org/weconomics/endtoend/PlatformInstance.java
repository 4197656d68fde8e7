package org.weconomics.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 * One copy of the platform as the run command starts it: the launcher jar with {@code start}, {@code stop}
 * and {@code status}, on free ports and a run directory of its own.
 */
final class PlatformInstance {

    static final List<String> PORT_VARIABLES = List.of(
            "GATEWAY", "CANVAS", "PARTNERSHIP", "FINANCE", "KEYCLOAK", "KEYCLOAK_MANAGEMENT", "KAFKA", "POSTGRES");

    private static final Path REPOSITORY = Path.of("").toAbsolutePath().getParent();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Map<String, String> environment = new LinkedHashMap<>();
    private final Path runDirectory;

    PlatformInstance() throws IOException {
        for (String component : PORT_VARIABLES) {
            environment.put(portVariable(component), Integer.toString(FreePort.find()));
        }
        runDirectory = Files.createTempDirectory(
                Files.createDirectories(Path.of("target").toAbsolutePath()), "platform-");
        environment.put("WECONOMICS_RUN_DIR", runDirectory.toString());
    }

    /** Runs {@code start --no-demo-data} and returns its output once the platform is ready. */
    String start() throws IOException, InterruptedException {
        Result result = run(Duration.ofMinutes(8), "start", "--no-demo-data");
        assertThat(result.exitCode()).as(result.output()).isZero();
        return result.output();
    }

    Result run(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                ChildProcess.javaExecutable(),
                "-jar",
                REPOSITORY
                        .resolve("platform-launcher/target/platform-launcher.jar")
                        .toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(REPOSITORY.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished)
                .as(String.join(" ", arguments) + " finished in time: " + output)
                .isTrue();
        return new Result(process.exitValue(), output);
    }

    /** What a launcher command printed and how it ended. */
    record Result(int exitCode, String output) {}

    int port(String component) {
        return Integer.parseInt(environment.get(portVariable(component)));
    }

    Path runDirectory() {
        return runDirectory;
    }

    String gateway() {
        return "http://localhost:" + port("GATEWAY");
    }

    /** An access token of a realm user, from the real Keycloak (password grant of the CLI client). */
    String token(String username, String password) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=weconomics-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port("KEYCLOAK")
                                + "/realms/weconomics/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static String portVariable(String component) {
        return "WECONOMICS_" + component + "_PORT";
    }
}
