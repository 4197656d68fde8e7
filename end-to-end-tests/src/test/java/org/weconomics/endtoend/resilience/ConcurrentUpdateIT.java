package org.weconomics.endtoend.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.weconomics.endtoend.RunningPlatform;
import org.weconomics.infrastructure.platform.RefreshingToken;

/**
 * Twenty clients update the same resource at the same moment, all with the version they read: exactly one
 * update wins, the other nineteen get 412 with the current state, on a resource of each service.
 */
@ExtendWith(RunningPlatform.class)
class ConcurrentUpdateIT {

    private static final int CLIENTS = 20;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void ofTwentyUpdatesWithTheSameIfMatchExactlyOneSucceeds() throws Exception {
        RefreshingToken anna = new RefreshingToken(() -> RunningPlatform.token("anna"));
        GatewayCalls gateway = new GatewayCalls(anna);
        String run = Long.toString(System.currentTimeMillis(), 36);
        String partnership = gateway.create(
                "/api/partnership/partnerships", "{\"localGroup\":\"gent\",\"name\":\"Concurrent " + run + "\"}");
        String canvas = gateway.create(
                "/api/canvas/canvases",
                "{\"localGroup\":\"gent\",\"templateKey\":\"blended-business-model-canvas\",\"templateVersion\":1,"
                        + "\"title\":\"Concurrent " + run + "\"}");
        String model = GatewayCalls.parse(await().atMost(Duration.ofSeconds(60))
                        .until(
                                () -> gateway.get("/api/finance/earnings-models?partnershipId=" + partnership),
                                response -> response.statusCode() == 200
                                        && response.body().contains("\"totalItems\":1"))
                        .body())
                .path("items")
                .path(0)
                .path("id")
                .asText();

        Map<String, Map<Integer, Long>> outcomes = new TreeMap<>();
        outcomes.put(
                "partnership `PUT /api/partnership/partnerships/{id}`",
                race(
                        gateway,
                        anna,
                        "/api/partnership/partnerships/" + partnership,
                        i -> "{\"name\":\"Concurrent " + run + " by client " + i + "\"}"));
        outcomes.put(
                "canvas `PUT /api/canvas/canvases/{id}`",
                race(
                        gateway,
                        anna,
                        "/api/canvas/canvases/" + canvas,
                        i -> "{\"title\":\"Concurrent " + run + " by client " + i + "\"}"));
        outcomes.put(
                "earnings model `PUT /api/finance/earnings-models/{id}`",
                race(
                        gateway,
                        anna,
                        "/api/finance/earnings-models/" + model,
                        i -> "{\"currency\":\""
                                + List.of("USD", "GBP", "CHF", "SEK").get(i % 4) + "\"}"));

        ResilienceReport report = new ResilienceReport(
                "4-concurrent-updates",
                "20 parallel updates with the same If-Match",
                "Per service, a resource is read once; then 20 clients send an update at the same moment through the "
                        + "gateway, each with the ETag read as `If-Match` (released together by a latch, on 20 "
                        + "connections).");
        outcomes.forEach((resource, statuses) -> report.figure(
                resource,
                statuses.entrySet().stream()
                        .map(entry -> entry.getValue() + " × " + entry.getKey())
                        .collect(Collectors.joining(", "))));
        report.conclusion("Exactly one update won each race; every other got 412 with the current state.")
                .write();

        outcomes.forEach((resource, statuses) ->
                assertThat(statuses).as(resource).isEqualTo(Map.of(200, 1L, 412, (long) CLIENTS - 1)));
    }

    private interface Body {
        String of(int client);
    }

    /** Reads the resource's ETag, then sends all updates at once with it; the answers counted by status. */
    private static Map<Integer, Long> race(GatewayCalls gateway, RefreshingToken token, String path, Body body)
            throws Exception {
        HttpResponse<String> read = gateway.get(path);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        String entityTag = read.headers().firstValue("ETag").orElseThrow();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            HttpRequest request = gateway.request(path)
                    .header("Content-Type", "application/json")
                    .header("If-Match", entityTag)
                    .PUT(HttpRequest.BodyPublishers.ofString(body.of(client)))
                    .build();
            answers.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            start.await();
                            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    clients));
        }
        start.countDown();
        Map<Integer, Long> statuses = new TreeMap<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            statuses.merge(response.statusCode(), 1L, Long::sum);
            if (response.statusCode() == 412) {
                assertThat(response.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
            }
        }
        clients.shutdown();
        return statuses;
    }
}
