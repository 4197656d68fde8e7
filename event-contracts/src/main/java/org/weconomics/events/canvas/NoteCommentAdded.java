package org.weconomics.events.canvas;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * Someone commented on a note.
 *
 * @param canvasId the canvas the note is on
 * @param noteId the note
 * @param commentId the new comment
 * @param text what the comment says
 * @param author token subject of who wrote it
 */
public record NoteCommentAdded(UUID canvasId, UUID noteId, UUID commentId, String text, String author)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return canvasId.toString();
    }
}
