package org.weconomics.canvas.feed;

import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.ws.rs.sse.OutboundSseEvent;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.jboss.logging.Logger;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.canvas.history.CanvasChangeView;
import org.weconomics.canvas.history.CanvasHistory;

/**
 * One open feed: a cursor over the canvas's change log. Live events only tell it how far the log is committed
 * ({@link #committed}); what it sends always comes from the log, from the last sequence sent + 1 on, so a client sees
 * every change once and in order whether a live event arrived, came late or never came. It reads the log only while
 * the client keeps up (the emitter's outstanding demand), in batches, so a slow client or a long catch-up holds at
 * most one batch in memory.
 */
final class FeedSubscription {

    private static final Logger LOG = Logger.getLogger(FeedSubscription.class);

    private final UUID canvasId;
    private final Viewer viewer;
    private final Long lastEventId;
    private final Instant expiresAt;
    private final MultiEmitter<? super OutboundSseEvent> emitter;
    private final FeedEvents events;
    private final CanvasHistory history;
    private final Executor executor;
    private final int batchSize;

    private boolean started;
    private long sent;
    private long committed;
    private boolean reading;
    private boolean ended;

    FeedSubscription(
            UUID canvasId,
            Viewer viewer,
            Long lastEventId,
            Instant expiresAt,
            MultiEmitter<? super OutboundSseEvent> emitter,
            FeedEvents events,
            CanvasHistory history,
            Executor executor,
            int batchSize) {
        this.canvasId = canvasId;
        this.viewer = viewer;
        this.lastEventId = lastEventId;
        this.expiresAt = expiresAt;
        this.emitter = emitter;
        this.events = events;
        this.history = history;
        this.executor = executor;
        this.batchSize = batchSize;
    }

    UUID canvasId() {
        return canvasId;
    }

    synchronized void send(OutboundSseEvent event) {
        if (!ended) {
            emitter.emit(event);
        }
    }

    /**
     * Starts sending: after the client's Last-Event-ID, or from now on without one.
     *
     * @param lastCommitted the canvas's last committed sequence, read after this subscription was registered for
     *     live events, or empty when the canvas is gone
     */
    synchronized void start(Optional<Long> lastCommitted) {
        if (lastCommitted.isEmpty()) {
            endWithDeletion(Math.max(committed, lastEventId == null ? 0 : lastEventId));
            return;
        }
        long head = lastCommitted.get();
        sent = lastEventId == null ? head : Math.min(lastEventId, head);
        committed = Math.max(committed, head);
        started = true;
        readIfDue();
    }

    /** The change log of the canvas is committed up to {@code sequence}. */
    synchronized void committed(long sequence) {
        if (sequence > committed) {
            committed = sequence;
            readIfDue();
        }
    }

    /** The client is ready for more. */
    synchronized void demanded() {
        readIfDue();
    }

    synchronized void heartbeat(Instant now) {
        if (ended) {
            return;
        }
        if (now.isAfter(expiresAt)) {
            // The token that opened the feed expired: the client reconnects with a fresh one and its Last-Event-ID.
            end();
        } else if (!reading && emitter.requested() > 0) {
            emitter.emit(events.heartbeat());
        }
    }

    synchronized void end() {
        if (!ended) {
            ended = true;
            emitter.complete();
        }
    }

    /** Ends the feed with an error (the connection closes; the client reconnects with its Last-Event-ID). */
    synchronized void fail(RuntimeException failure) {
        if (!ended) {
            LOG.warnf("The feed of canvas %s ends after a failure: %s", canvasId, failure.getMessage());
            ended = true;
            emitter.fail(failure);
        }
    }

    private void readIfDue() {
        if (started && !ended && !reading && sent < committed && emitter.requested() > 0) {
            reading = true;
            executor.execute(this::readNextBatch);
        }
    }

    private void readNextBatch() {
        long after;
        long upTo;
        synchronized (this) {
            after = sent;
            upTo = Math.min(committed, sent + batchSize);
        }
        CanvasHistory.LoggedChanges batch;
        try {
            batch = history.between(canvasId, after, upTo, viewer);
        } catch (RuntimeException e) {
            synchronized (this) {
                reading = false;
            }
            fail(e);
            return;
        }
        synchronized (this) {
            reading = false;
            if (ended) {
                return;
            }
            for (CanvasChangeView change : batch.visible()) {
                emitter.emit(events.change(change));
            }
            if (!batch.canvasExists()) {
                endWithDeletion(committed);
                return;
            }
            sent = batch.reached();
            if (sent < upTo) {
                // An event named a change the log does not hold: trust the log, and wait for the next event.
                committed = sent;
            }
            readIfDue();
        }
    }

    private void endWithDeletion(long sequence) {
        if (!ended) {
            emitter.emit(events.deleted(canvasId, sequence));
            end();
        }
    }
}
