package org.weconomics.endtoend.resilience;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * Writes sent at a fixed rate in the background whatever happens to the service, each recorded with its
 * outcome: acknowledged (the expected status, with the created id), refused, or failed (no answer).
 */
final class FixedRateWrites implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** One write and what came of it. */
    record Outcome(
            int index, Instant sentAt, Instant answeredAt, int status, String contentType, String id, String error) {

        boolean acknowledged(int expectedStatus) {
            return status == expectedStatus;
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newFixedThreadPool(4))
            .build();
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final List<CompletableFuture<Outcome>> sent = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final IntFunction<HttpRequest> request;
    private final int expectedStatus;

    private FixedRateWrites(IntFunction<HttpRequest> request, int expectedStatus) {
        this.request = request;
        this.expectedStatus = expectedStatus;
    }

    /** Partnership creations at partnership-service itself, named {@code <prefix> <n>}, in local group gent. */
    static FixedRateWrites partnerships(String serviceUrl, Supplier<String> token, String prefix) {
        return new FixedRateWrites(
                index -> json(
                        serviceUrl + "/partnerships",
                        token,
                        "{\"localGroup\":\"gent\",\"name\":\"" + prefix + " " + index + "\"}"),
                201);
    }

    /** A POST of a JSON body built per write. */
    static FixedRateWrites posts(String url, Supplier<String> token, IntFunction<String> body, int expectedStatus) {
        return new FixedRateWrites(index -> json(url, token, body.apply(index)), expectedStatus);
    }

    static HttpRequest json(String url, Supplier<String> token, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    FixedRateWrites start(double perSecond) {
        clock.scheduleAtFixedRate(this::sendNext, 0, (long) (1_000_000 / perSecond), TimeUnit.MICROSECONDS);
        return this;
    }

    private void sendNext() {
        int index = next.getAndIncrement();
        Instant sentAt = Instant.now();
        CompletableFuture<Outcome> outcome = http.sendAsync(request.apply(index), HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> new Outcome(
                        index,
                        sentAt,
                        Instant.now(),
                        response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""),
                        idOf(response),
                        null))
                .exceptionally(failure ->
                        new Outcome(index, sentAt, Instant.now(), 0, "", null, String.valueOf(failure.getMessage())));
        synchronized (sent) {
            sent.add(outcome);
        }
    }

    /** Outcomes known so far, in sending order (writes still waiting for an answer are left out). */
    List<Outcome> answered() {
        synchronized (sent) {
            return sent.stream()
                    .filter(CompletableFuture::isDone)
                    .map(CompletableFuture::join)
                    .toList();
        }
    }

    /** Writes sent so far. */
    int sent() {
        return next.get();
    }

    long acknowledgedSince(Instant since) {
        return answered().stream()
                .filter(outcome -> outcome.acknowledged(expectedStatus)
                        && !outcome.sentAt().isBefore(since))
                .count();
    }

    /** Stops sending and waits for every answer (or its timeout). */
    List<Outcome> stop() {
        clock.shutdownNow();
        List<CompletableFuture<Outcome>> all;
        synchronized (sent) {
            all = List.copyOf(sent);
        }
        return all.stream().map(CompletableFuture::join).toList();
    }

    int expectedStatus() {
        return expectedStatus;
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }

    private static String idOf(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            return null;
        }
        try {
            return JSON.readTree(response.body()).path("id").asText(null);
        } catch (IOException e) {
            return null;
        }
    }
}
