package org.weconomics.performance.api;

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

/**
 * Calls the platform's API to set up what the measurements need, with a user's token: through the
 * gateway or, for figures of a service alone, directly at the service.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Supplier<String> token;

    /**
     * @param baseUrl e.g. {@code http://localhost:8080/api/canvas} or {@code http://localhost:8081}
     * @param token gives a valid access token on every call (tokens live five minutes)
     */
    public ApiClient(String baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** A JSON answer with its status and entity tag. */
    public record Answer(int status, JsonNode body, String entityTag) {

        public String id() {
            return body.path("id").asText();
        }
    }

    public Answer post(String path, Object body) {
        return expectSuccess("POST", path, body, null);
    }

    public Answer put(String path, Object body, String entityTag) {
        return expectSuccess("PUT", path, body, entityTag);
    }

    public Answer get(String path) {
        return expectSuccess("GET", path, null, null);
    }

    /** Any answer, also an error: the caller decides. */
    public Answer send(String method, String path, Object body, String entityTag) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token.get())
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
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode answer = text == null || text.isBlank() ? JSON.nullNode() : parse(text);
        return new Answer(
                response.statusCode(),
                answer,
                response.headers().firstValue("ETag").orElse(null));
    }

    /** A GET whose body is only counted, for timing reads of any media type; returns the body's size. */
    public long getDiscarding(String path, String accept) {
        HttpResponse<byte[]> response = exchange(
                HttpRequest.newBuilder(URI.create(baseUrl + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Authorization", "Bearer " + token.get())
                        .header("Accept", accept)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return response.body().length;
    }

    private Answer expectSuccess(String method, String path, Object body, String entityTag) {
        Answer answer = send(method, path, body, entityTag);
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + baseUrl + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public static String write(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }
}
