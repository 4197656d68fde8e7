package org.weconomics.events.canvas;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A note was taken off the canvas, with its comments; the notes after it in its block moved up.
 *
 * @param canvasId the canvas it was on
 * @param noteId the note that no longer exists
 * @param blockKey the block it was in
 */
public record NoteRemoved(UUID canvasId, UUID noteId, String blockKey) implements EventPayload {

    @Override
    public String aggregateId() {
        return canvasId.toString();
    }
}
