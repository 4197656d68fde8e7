package org.weconomics.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/**
 * A live feed (text/event-stream) goes through the gateway as the service writes it: each event as soon as it is
 * written, and for as long as the service keeps the stream open, also far beyond the upstream request timeout and
 * with silences longer than it.
 */
@QuarkusTest
class ServerSentEventsTest {

    private static final int EVENTS = 3;
    private static final Duration EVERY = Duration.ofMillis(1500);

    @TestHTTPResource("/")
    URL gateway;

    @ConfigProperty(name = "weconomics.gateway.upstream.request-timeout")
    Duration requestTimeout;

    @Test
    void aStreamPassesThroughUnbufferedAndOutlivesTheUpstreamRequestTimeout() throws Exception {
        assertThat(EVERY).isGreaterThan(requestTimeout);
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.toString())
                        .resolve("/api/canvas/events?count=" + EVENTS + "&every=" + EVERY.toMillis()))
                .header("Authorization", "Bearer " + TestTokens.member("anna", "gent"))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        long start = System.nanoTime();
        HttpResponse<java.io.InputStream> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        List<String> data = new ArrayList<>();
        List<Duration> arrivals = new ArrayList<>();
        Duration openedAt = null;
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                Duration now = Duration.ofNanos(System.nanoTime() - start);
                if (line.equals(":open") && openedAt == null) {
                    openedAt = now;
                } else if (line.startsWith("data:")) {
                    data.add(line.substring("data:".length()));
                    arrivals.add(now);
                }
            }
        }

        assertThat(data).containsExactly("{\"n\":1}", "{\"n\":2}", "{\"n\":3}");
        // Unbuffered: what the service wrote at once arrived at once, and each event before the next was written.
        assertThat(openedAt).isLessThan(EVERY);
        for (int i = 0; i < EVENTS - 1; i++) {
            assertThat(arrivals.get(i)).as("event %d", i + 1).isLessThan(EVERY.multipliedBy(i + 2));
        }
        // Not cut: the stream lasted several upstream timeouts, with silences longer than one.
        assertThat(arrivals.get(EVENTS - 1)).isGreaterThan(requestTimeout.multipliedBy(3));
    }
}
