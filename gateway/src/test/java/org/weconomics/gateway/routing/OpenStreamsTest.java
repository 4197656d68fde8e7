package org.weconomics.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/** Open live feeds hold their upstream connections for long; they must not take those of ordinary requests. */
@QuarkusTest
@TestProfile(OpenStreamsTest.WithOneConnectionPerService.class)
class OpenStreamsTest {

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void openLiveFeedsLeaveTheServicesConnectionsToOtherRequests() throws Exception {
        String token = TestTokens.member("anna", "gent");
        List<HttpResponse<InputStream>> feeds = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                feeds.add(openFeed(token));
            }
            assertThat(feeds).extracting(HttpResponse::statusCode).containsOnly(200);

            given().auth().oauth2(token).get("/api/canvas/echo").then().statusCode(200);
            given().auth().oauth2(token).get("/api/canvas/echo").then().statusCode(200);
        } finally {
            for (HttpResponse<InputStream> feed : feeds) {
                close(feed.body());
            }
        }
    }

    private HttpResponse<InputStream> openFeed(String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(gateway.toString()).resolve("/api/canvas/events?count=2&every=3000"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }

    public static class WithOneConnectionPerService implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "weconomics.gateway.upstream.max-pool-size", "1",
                    "weconomics.gateway.upstream.max-wait-queue-size", "0");
        }
    }
}
