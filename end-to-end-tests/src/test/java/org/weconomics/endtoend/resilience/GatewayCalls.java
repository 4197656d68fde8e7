package org.weconomics.endtoend.resilience;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;
import org.weconomics.endtoend.RunningPlatform;

/**
 * Calls through the shared platform's gateway with a user's token. A 429 (the gateway's rate limit per user)
 * is waited out and the request sent again each second, as a well-behaved client does, so that the checks see
 * the services' answers rather than the rate limit's.
 */
final class GatewayCalls {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration RATE_LIMITED_AT_MOST = Duration.ofSeconds(60);

    private final Supplier<String> token;

    GatewayCalls(Supplier<String> token) {
        this.token = token;
    }

    /** A request to the gateway: method, path below it, headers as name/value pairs. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(RunningPlatform.gateway() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.get());
    }

    HttpResponse<String> send(HttpRequest request) {
        return await().atMost(RATE_LIMITED_AT_MOST)
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> exchange(request), response -> response.statusCode() != 429);
    }

    private static HttpResponse<String> exchange(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return send(request(path).header("Accept", "application/json").GET().build());
    }

    /** A JSON write that must succeed; returns the answer's body. */
    JsonNode write(String method, String path, String json, String ifMatch) {
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            builder.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = send(builder.build());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    String create(String path, String json) {
        return write("POST", path, json, null).path("id").asText();
    }

    /**
     * Creates what names a partnership created a moment ago: canvas-service learns of partnerships from their events,
     * so it answers 422 {@code unknown-partnership} for the few milliseconds until it has; retried, as a client does.
     */
    String createForNewPartnership(String path, String json) {
        HttpResponse<String> response = await().atMost(Duration.ofSeconds(15))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(
                        () -> send(request(path)
                                .header("Content-Type", "application/json")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build()),
                        answer -> !isUnknownPartnership(answer));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    "POST " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body()).path("id").asText();
    }

    static boolean isUnknownPartnership(HttpResponse<String> response) {
        return response.statusCode() == 422
                && "urn:problem-type:weconomics:unknown-partnership"
                        .equals(parse(response.body()).path("type").asText());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }
}
