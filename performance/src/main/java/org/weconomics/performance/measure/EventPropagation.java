package org.weconomics.performance.measure;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.weconomics.performance.api.ApiClient;

/**
 * How long a new partnership takes to become an earnings model in finance-service: partnerships are
 * created through the gateway at a fixed rate, then each one's model is looked up.
 *
 * <p>The figure per partnership is {@code model.createdAt − partnership.createdAt}: both timestamps are
 * taken by the services themselves on the same machine (same clock), the first when partnership-service
 * handles the request, the second when finance-service's consumer applies the event. It spans the
 * partnership's commit, the outbox relay, Kafka and the consumer's transaction, and needs no polling, so
 * no polling interval blurs it. As a cross-check, every 50th partnership is also polled through the
 * gateway every 20 ms from the moment its creation was answered until its model is readable: that
 * figure includes the client's and the gateway's share and is at most 20 ms coarse. partnership-service's
 * outbox record of each event ({@code published_at}, set when Kafka acknowledged it) splits the time into the
 * relay's share and Kafka's and the consumer's.
 */
public final class EventPropagation {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);
    private static final Duration DELIVERY_DEADLINE = Duration.ofMinutes(3);
    private static final int POLLED_EVERY = 50;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8))
            .build();
    private final String gateway;
    private final Supplier<String> token;
    private final OutboxRecords outbox;

    /** When partnership-service's relay saw Kafka acknowledge each partnership's created event. */
    public interface OutboxRecords {
        Map<String, Instant> publishedAt(List<String> partnershipIds);
    }

    public EventPropagation(String gateway, Supplier<String> token, OutboxRecords outbox) {
        this.gateway = gateway;
        this.token = token;
        this.outbox = outbox;
    }

    /** What was created, what arrived, and how long it took. */
    public record Results(
            int tried,
            int created,
            int modelsFound,
            Samples serverSide,
            Samples createdToPublished,
            Samples publishedToModel,
            Samples polled,
            Duration untilLastModel,
            double ratePerSecond,
            double deliveredPerSecond) {}

    private record Created(String partnershipId, Instant createdAt) {}

    public Results run(int events, int perSecond) {
        System.out.printf("Event propagation: %d partnerships at %d/s ...%n", events, perSecond);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        Instant started = Instant.now();
        List<CompletableFuture<Created>> creations = new ArrayList<>();
        Samples polled = new Samples();
        List<CompletableFuture<Void>> polls = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        AtomicInteger sent = new AtomicInteger();
        CompletableFuture<Void> allSent = new CompletableFuture<>();
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        clock.scheduleAtFixedRate(
                () -> {
                    int index = sent.getAndIncrement();
                    if (index >= events) {
                        allSent.complete(null);
                        return;
                    }
                    CompletableFuture<Created> creation = create("Event timing " + run + " " + index);
                    synchronized (creations) {
                        creations.add(creation);
                    }
                    if (index % POLLED_EVERY == 0) {
                        CompletableFuture<Void> poll = creation.thenCompose(
                                created -> pollUntilVisible(clock, created, System.nanoTime(), polled));
                        synchronized (polls) {
                            polls.add(poll);
                        }
                    }
                },
                0,
                interval,
                TimeUnit.NANOSECONDS);
        allSent.join();
        Instant lastSent = Instant.now();
        List<Created> created = new ArrayList<>();
        for (CompletableFuture<Created> creation : creations) {
            Created answer = creation.exceptionally(failure -> null).join();
            if (answer != null) {
                created.add(answer);
            }
        }
        Map<String, Instant> models = modelsOf(created);
        polls.forEach(poll -> poll.exceptionally(failure -> null).join());
        clock.shutdownNow();
        Map<String, Instant> published =
                outbox.publishedAt(created.stream().map(Created::partnershipId).toList());
        Samples serverSide = new Samples();
        Samples createdToPublished = new Samples();
        Samples publishedToModel = new Samples();
        Instant lastModel = lastSent;
        for (Created partnership : created) {
            Instant model = models.get(partnership.partnershipId());
            if (model != null) {
                serverSide.add(Duration.between(partnership.createdAt(), model).toNanos());
                lastModel = model.isAfter(lastModel) ? model : lastModel;
                Instant relayed = published.get(partnership.partnershipId());
                if (relayed != null) {
                    createdToPublished.add(
                            Duration.between(partnership.createdAt(), relayed).toNanos());
                    publishedToModel.add(Duration.between(relayed, model).toNanos());
                }
            }
        }
        return new Results(
                events,
                created.size(),
                models.size(),
                serverSide,
                createdToPublished,
                publishedToModel,
                polled,
                Duration.between(lastSent, lastModel),
                perSecond,
                models.size() / (Duration.between(started, lastModel).toMillis() / 1000.0));
    }

    private CompletableFuture<Created> create(String name) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/partnership/partnerships"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.get())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        ApiClient.write(Map.of("localGroup", CanvasFixtures.LOCAL_GROUP, "name", name))))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Creating a partnership answered " + response.statusCode());
            }
            JsonNode body = ApiClient.parse(response.body());
            return new Created(body.path("id").asText(), instant(body.path("createdAt")));
        });
    }

    private CompletableFuture<Void> pollUntilVisible(
            ScheduledExecutorService clock, Created created, long answeredAt, Samples polled) {
        CompletableFuture<Void> visible = new CompletableFuture<>();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> findModel(created.partnershipId()).whenComplete((model, failure) -> {
            if (model != null) {
                polled.add(System.nanoTime() - answeredAt);
                visible.complete(null);
            } else if (System.nanoTime() - answeredAt > DELIVERY_DEADLINE.toNanos()) {
                visible.complete(null);
            } else {
                clock.schedule(poll[0], POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
        poll[0].run();
        return visible;
    }

    /** Every created partnership's model creation time, looked up until all are there or the deadline passes. */
    private Map<String, Instant> modelsOf(List<Created> created) {
        Map<String, Instant> models = new ConcurrentHashMap<>();
        Instant deadline = Instant.now().plus(DELIVERY_DEADLINE);
        while (models.size() < created.size() && Instant.now().isBefore(deadline)) {
            List<CompletableFuture<Void>> lookups = new ArrayList<>();
            for (Created partnership : created) {
                if (!models.containsKey(partnership.partnershipId())) {
                    lookups.add(findModel(partnership.partnershipId()).thenAccept(model -> {
                        if (model != null) {
                            models.put(partnership.partnershipId(), model);
                        }
                    }));
                }
                if (lookups.size() >= 32) {
                    lookups.forEach(CompletableFuture::join);
                    lookups.clear();
                }
            }
            lookups.forEach(CompletableFuture::join);
        }
        return models;
    }

    /** The model's creation time, or null while finance has none (an empty page) or the call failed. */
    private CompletableFuture<Instant> findModel(String partnershipId) {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(gateway + "/api/finance/earnings-models?partnershipId=" + partnershipId))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token.get())
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        return null;
                    }
                    JsonNode found = ApiClient.parse(response.body()).path("items");
                    return found.isEmpty() ? null : instant(found.path(0).path("createdAt"));
                })
                .exceptionally(failure -> null);
    }

    private static Instant instant(JsonNode timestamp) {
        return OffsetDateTime.parse(timestamp.asText()).toInstant();
    }
}
