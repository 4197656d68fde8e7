package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * The facilitator locked or unlocked the board ({@code org.weconomics.canvas.board-locked},
 * {@code org.weconomics.canvas.board-unlocked}). While it is locked only the facilitator adds, changes, moves and
 * removes notes; participants still vote and comment.
 *
 * @param canvasId the canvas
 * @param localGroup key of its local group
 * @param changedBy token subject of who locked or unlocked it
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record BoardLockChanged(UUID canvasId, String localGroup, String changedBy, Long sequence)
        implements CanvasChangeEvent {}
