package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * A note moved to another block, or to another place in its block; the notes after its old and new
 * places shifted by one.
 *
 * @param canvasId the canvas the note is on
 * @param noteId the note
 * @param fromBlockKey the block it was in
 * @param fromPosition its place there
 * @param toBlockKey the block it is in now (the same block for a reorder)
 * @param toPosition its place there now, from 0
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record NoteMoved(
        UUID canvasId,
        UUID noteId,
        String fromBlockKey,
        int fromPosition,
        String toBlockKey,
        int toPosition,
        Long sequence)
        implements CanvasChangeEvent {}
