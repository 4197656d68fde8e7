package org.weconomics.canvas.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.canvas.history.CanvasChanges;
import org.weconomics.canvas.history.CanvasHistory;
import org.weconomics.support.problem.ProblemException;

/**
 * The open live feeds of this instance, by canvas. {@link CanvasFeedConsumer} tells it which change sequence of a
 * canvas is committed, from the service's own events on Kafka (every instance reads every event); each feed of that
 * canvas then sends what it has not sent yet from the change log.
 */
@ApplicationScoped
public class CanvasFeed {

    private static final Logger LOG = Logger.getLogger(CanvasFeed.class);

    private final Map<UUID, Set<FeedSubscription>> byCanvas = new ConcurrentHashMap<>();
    private final Map<String, Integer> openByCaller = new ConcurrentHashMap<>();
    private final AtomicBoolean receivingChanges = new AtomicBoolean();
    private final CanvasHistory history;
    private final CanvasChanges changes;
    private final ObjectMapper json;
    private final ManagedExecutor executor;
    private final FeedConfig config;

    public CanvasFeed(
            CanvasHistory history,
            CanvasChanges changes,
            ObjectMapper json,
            ManagedExecutor executor,
            FeedConfig config) {
        this.history = history;
        this.changes = changes;
        this.json = json;
        this.executor = executor;
        this.config = config;
    }

    /**
     * A feed of one canvas for a viewer who may read it.
     *
     * @param lastEventId the last sequence the client received (its {@code Last-Event-ID}), or null to start now
     * @param expiresAt when the viewer's token expires; the feed ends then
     */
    public Multi<OutboundSseEvent> open(UUID canvasId, Viewer viewer, Long lastEventId, Instant expiresAt, Sse sse) {
        reserveFeedOf(viewer.subject());
        FeedEvents events = new FeedEvents(sse, json);
        return Multi.createFrom()
                .emitter(
                        emitter -> {
                            FeedSubscription subscription = new FeedSubscription(
                                    canvasId,
                                    viewer,
                                    lastEventId,
                                    expiresAt,
                                    emitter,
                                    events,
                                    history,
                                    executor,
                                    config.batchSize());
                            // Registered before the head is read, so that no change committed in between is missed.
                            byCanvas.computeIfAbsent(canvasId, id -> ConcurrentHashMap.newKeySet())
                                    .add(subscription);
                            emitter.onTermination(() -> {
                                forget(subscription);
                                releaseFeedOf(viewer.subject());
                            });
                            emitter.onRequest(demand -> subscription.demanded());
                            subscription.send(events.opened(canvasId, config.reconnectDelay()));
                            executor.execute(() -> {
                                try {
                                    subscription.start(lastCommitted(canvasId));
                                } catch (RuntimeException e) {
                                    subscription.fail(e);
                                }
                            });
                        },
                        BackPressureStrategy.BUFFER);
    }

    /** The change log of a canvas is committed up to {@code sequence}. */
    public void committed(UUID canvasId, long sequence) {
        Set<FeedSubscription> subscriptions = byCanvas.get(canvasId);
        if (subscriptions != null) {
            subscriptions.forEach(subscription -> subscription.committed(sequence));
        }
    }

    /**
     * The consumer has its partitions and its positions in them: every change committed from now on reaches the feeds.
     * Brings every feed up to what the database has committed, for changes whose events this instance did not read
     * (those committed before that position).
     */
    public void receivingChanges() {
        receivingChanges.set(true);
        catchUp();
    }

    /** Whether changes reach the feeds of this instance live. */
    public boolean isReceivingChanges() {
        return receivingChanges.get();
    }

    private void catchUp() {
        List<UUID> canvases = List.copyOf(byCanvas.keySet());
        if (canvases.isEmpty()) {
            return;
        }
        executor.execute(() -> canvases.forEach(canvasId -> {
            try {
                lastCommitted(canvasId).ifPresent(sequence -> committed(canvasId, sequence));
            } catch (RuntimeException e) {
                // That canvas's feeds catch up with its next change.
            }
        }));
    }

    public int openFeeds() {
        return byCanvas.values().stream().mapToInt(Set::size).sum();
    }

    @Scheduled(every = "${weconomics.canvas.feed.heartbeat}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        Instant now = Instant.now();
        byCanvas.values().forEach(subscriptions -> subscriptions.forEach(subscription -> subscription.heartbeat(now)));
    }

    void endAll(@Observes ShutdownEvent shutdown) {
        byCanvas.values().forEach(subscriptions -> subscriptions.forEach(FeedSubscription::end));
    }

    private Optional<Long> lastCommitted(UUID canvasId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> changes.lastSequence(canvasId));
        } catch (RuntimeException e) {
            LOG.warnf("Reading the last change of canvas %s failed: %s", canvasId, e.getMessage());
            throw e;
        }
    }

    /**
     * Counts a feed against its viewer's limit, or refuses it with 429. A closed connection is noticed at the next
     * heartbeat at the latest, so that is when a feed slot can be free again.
     */
    private void reserveFeedOf(String subject) {
        int limit = config.maxPerCaller();
        Integer held = openByCaller.compute(subject, (who, open) -> open == null ? 1 : Math.min(open + 1, limit + 1));
        if (held > limit) {
            releaseFeedOf(subject);
            throw ProblemException.tooManyRequests(
                    "You have " + limit + " live feeds open already, the most one person may; close one first",
                    config.heartbeat());
        }
    }

    private void releaseFeedOf(String subject) {
        openByCaller.computeIfPresent(subject, (who, open) -> open <= 1 ? null : open - 1);
    }

    private void forget(FeedSubscription subscription) {
        byCanvas.computeIfPresent(subscription.canvasId(), (id, subscriptions) -> {
            subscriptions.remove(subscription);
            return subscriptions.isEmpty() ? null : subscriptions;
        });
    }
}
