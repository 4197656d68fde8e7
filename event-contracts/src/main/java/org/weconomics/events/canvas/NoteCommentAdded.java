package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * Someone commented on a note.
 *
 * @param canvasId the canvas the note is on
 * @param noteId the note
 * @param commentId the new comment
 * @param text what the comment says
 * @param author token subject of who wrote it
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record NoteCommentAdded(UUID canvasId, UUID noteId, UUID commentId, String text, String author, Long sequence)
        implements CanvasChangeEvent {}
