package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * A note was taken off the canvas, with its comments; the notes after it in its block moved up.
 *
 * @param canvasId the canvas it was on
 * @param noteId the note that no longer exists
 * @param blockKey the block it was in
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record NoteRemoved(UUID canvasId, UUID noteId, String blockKey, Long sequence) implements CanvasChangeEvent {}
