package org.weconomics.events.canvas;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * An event about one canvas (or one of its notes) that carries the canvas's change sequence.
 *
 * <p>Every change of a canvas gets the next number of that canvas, 1, 2, 3… without gaps, in the order the changes
 * were committed; the change log of canvas-service ({@code GET /canvases/{id}/history}) lists the same numbers. A
 * consumer that follows one canvas sees every number once and in order (the events of a canvas share its partition),
 * so a number beyond the last one seen + 1 means a change it has not seen yet.
 *
 * <p>{@code sequence} was added to the version 1 contracts of the canvas events as an additive field: events published
 * before it existed have none (null).
 */
public interface CanvasChangeEvent extends EventPayload {

    UUID canvasId();

    /** The canvas's change sequence of this change, from 1; null on events published before sequences existed. */
    Long sequence();

    @Override
    default String aggregateId() {
        return canvasId().toString();
    }
}
