package org.weconomics.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Calls the platform's public API the way a partner front-end does: through the gateway, with a user's token. */
final class GatewayClient {

    /** A JSON answer and its entity tag. */
    record Answer(int status, JsonNode body, String entityTag) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlatformSettings settings;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    GatewayClient(PlatformSettings settings) {
        this.settings = settings;
    }

    /** An access token of a realm user, through the CLI client's password grant. */
    String token(String username, String password) {
        Map<String, String> form = Map.of(
                "grant_type", "password", "client_id", "weconomics-cli", "username", username, "password", password);
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + response.body());
        }
        return parse(response.body()).path("access_token").asText();
    }

    Answer post(String path, String token, Object body) {
        return send("POST", path, token, body, null);
    }

    Answer put(String path, String token, Object body, String entityTag) {
        return send("PUT", path, token, body, entityTag);
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    /** The first item of a list whose {@code field} equals {@code value}, if any. */
    Optional<JsonNode> findInList(String path, String token, String field, String value) {
        for (JsonNode item : get(path, token).body().path("items")) {
            if (value.equals(item.path(field).asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** A resource that may not exist yet: empty on 404. */
    Optional<Answer> getIfExists(String path, String token) {
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Optional.of(new Answer(
                200,
                parse(response.body()),
                response.headers().firstValue("ETag").orElse(null)));
    }

    /**
     * Posts, and while the answer is a 422 of one of the given problem types retries for up to {@code patience}: for
     * references that another service learns of from events a moment after they were created (canvas-service knows a
     * partnership and its partners a few milliseconds after partnership-service answered).
     */
    Answer postWhenKnown(String path, String token, Object body, Duration patience, String... problemTypes) {
        long giveUpAt = System.nanoTime() + patience.toNanos();
        while (true) {
            HttpResponse<String> response = exchange(request("POST", path, token, body, null));
            boolean notKnownYet = response.statusCode() == 422
                    && List.of(problemTypes)
                            .contains(parse(response.body()).path("type").asText());
            if (!notKnownYet || System.nanoTime() > giveUpAt) {
                return answer("POST", path, response);
            }
            pause(Duration.ofMillis(100));
        }
    }

    /** Sends a request and insists on a 2xx answer; anything else stops the loading with the problem. */
    Answer send(String method, String path, String token, Object body, String entityTag) {
        return answer(method, path, exchange(request(method, path, token, body, entityTag)));
    }

    private HttpRequest request(String method, String path, String token, Object body, String entityTag) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (entityTag != null) {
            request.header("If-Match", entityTag);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        return request.build();
    }

    private static Answer answer(String method, String path, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode answer = response.body().isBlank() ? JSON.nullNode() : parse(response.body());
        return new Answer(
                response.statusCode(),
                answer,
                response.headers().firstValue("ETag").orElse(null));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }
}
