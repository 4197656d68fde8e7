package org.weconomics.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.weconomics.infrastructure.platform.PlatformInstance;
import org.weconomics.infrastructure.process.FreePort;

/**
 * The run command as a newcomer uses it, on a platform of its own: start, a token from the real
 * Keycloak reaching a service through the gateway, a second start that starts nothing, status, and a
 * stop that leaves no process and no port behind.
 */
class PlatformCommandIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void startUseAndStopLeaveNothingBehind() throws Exception {
        PlatformInstance platform = RunningPlatform.newPlatform();
        PlatformInstance.Result started = platform.start(false, Duration.ofMinutes(8));
        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(started.output())
                .contains(
                        "PostgreSQL is ready",
                        "Kafka is ready",
                        "Keycloak is ready",
                        "canvas-service is ready",
                        "partnership-service is ready",
                        "finance-service is ready",
                        "gateway is ready",
                        "The Weconomics platform is ready",
                        "anna");
        try {
            String token = platform.token("anna", "anna");
            HttpResponse<String> created = HTTP.send(
                    HttpRequest.newBuilder(URI.create(platform.gateway() + "/api/partnership/partnerships"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"localGroup\":\"gent\",\"name\":\"Platform check " + System.nanoTime() + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            assertThat(platform.run(Duration.ofMinutes(1), "start", "--no-demo-data")
                            .output())
                    .contains("already runs");
            assertThat(platform.run(Duration.ofMinutes(1), "status").output()).contains("gateway", "Keycloak", "Kafka");
        } finally {
            assertThat(platform.run(Duration.ofMinutes(3), "stop").exitCode()).isZero();
        }

        for (String component : PlatformInstance.PORT_VARIABLES) {
            assertThat(FreePort.isListening(platform.port(component)))
                    .as(component + " port is free after stop")
                    .isFalse();
        }
        assertThat(ProcessHandle.allProcesses().filter(process -> process.info()
                        .commandLine()
                        .orElse("")
                        .contains(platform.runDirectory().toString())))
                .as("processes left behind")
                .isEmpty();
        assertThat(platform.run(Duration.ofMinutes(1), "status").output()).contains("not running");
    }
}
