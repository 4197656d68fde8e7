package org.weconomics.canvas.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import org.weconomics.events.EventContract;
import org.weconomics.events.canvas.CanvasChangeEvent;
import org.weconomics.support.access.Caller;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.time.Timestamps;

/**
 * The one way to make a change of a canvas or its notes visible: it gives the change the canvas's next change
 * sequence, writes it to the change log (who, what, when, which note, the state before and after) and records its
 * event in the outbox, all in the transaction of the change itself.
 *
 * <p>The number comes from {@code UPDATE canvas SET change_sequence = change_sequence + 1 … RETURNING}: the row lock it
 * takes is held until commit, so a second change of the same canvas waits for the first to commit or roll back. The
 * numbers of a canvas therefore have no gaps and follow the commit order, and a reader that has seen number n of a
 * canvas knows that every change up to n is committed.
 */
@ApplicationScoped
public class CanvasChanges {

    private static final String NEXT_SEQUENCE = "UPDATE canvas SET change_sequence = change_sequence + 1 "
            + "WHERE id = :canvasId RETURNING change_sequence";
    private static final String LAST_SEQUENCE = "SELECT change_sequence FROM canvas WHERE id = :canvasId";

    private final EntityManager entityManager;
    private final EventOutbox outbox;
    private final ObjectMapper json;
    private final Caller caller;

    public CanvasChanges(EntityManager entityManager, EventOutbox outbox, ObjectMapper json, Caller caller) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.json = json;
        this.caller = caller;
    }

    /**
     * Records a change and its event.
     *
     * @param contract the event to publish; its type names the kind of change
     * @param event the event's payload for the sequence the change got
     * @return the change's sequence
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P extends CanvasChangeEvent> long record(
            EventContract<P> contract, WhatChanged change, LongFunction<P> event) {
        long sequence = nextSequence(change.canvasId());
        CanvasChange entry = new CanvasChange();
        entry.canvasId = change.canvasId();
        entry.sequence = sequence;
        entry.kind = ChangeKinds.of(contract);
        entry.subject = caller.subject();
        entry.occurredAt = Timestamps.now();
        entry.noteId = change.noteId();
        entry.before = asJson(change.before());
        entry.after = asJson(change.after());
        entry.persist();
        outbox.record(contract, event.apply(sequence));
        return sequence;
    }

    /**
     * Numbers and publishes the deletion of a canvas; call it before deleting, while the canvas row exists. The change
     * log is deleted with the canvas, so the deletion has no entry of its own.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P extends CanvasChangeEvent> long recordDeletion(
            EventContract<P> contract, UUID canvasId, LongFunction<P> event) {
        long sequence = nextSequence(canvasId);
        outbox.record(contract, event.apply(sequence));
        return sequence;
    }

    /** The last change sequence of a canvas (committed, or this transaction's own), or empty when there is no canvas. */
    public Optional<Long> lastSequence(UUID canvasId) {
        return sequenceQuery(LAST_SEQUENCE, canvasId);
    }

    /**
     * The last change sequence of a canvas, keeping the canvas from changing until this transaction ends (a share lock
     * on its row), so that what the transaction reads next is the canvas exactly at that sequence.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Long> holdAtLastSequence(UUID canvasId) {
        return sequenceQuery(LAST_SEQUENCE + " FOR SHARE", canvasId);
    }

    private Optional<Long> sequenceQuery(String sql, UUID canvasId) {
        List<?> rows = entityManager
                .createNativeQuery(sql)
                .setParameter("canvasId", canvasId)
                .getResultList();
        return rows.stream().findFirst().map(row -> ((Number) row).longValue());
    }

    private long nextSequence(UUID canvasId) {
        // A canvas created in this transaction must be in the table before it can be numbered.
        entityManager.flush();
        Object next = entityManager
                .createNativeQuery(NEXT_SEQUENCE)
                .setParameter("canvasId", canvasId)
                .getSingleResult();
        return ((Number) next).longValue();
    }

    private JsonNode asJson(Object state) {
        return state == null ? null : json.valueToTree(state);
    }
}
