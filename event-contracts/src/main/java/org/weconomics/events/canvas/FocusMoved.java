package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * The facilitator moved the group's focus to another block ("we are now at channels"), or cleared it.
 *
 * @param canvasId the canvas
 * @param localGroup key of its local group
 * @param fromBlockKey the block in focus before, or null when there was none
 * @param toBlockKey the block in focus now, or null when the focus was cleared
 * @param movedBy token subject of who moved it
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record FocusMoved(
        UUID canvasId, String localGroup, String fromBlockKey, String toBlockKey, String movedBy, Long sequence)
        implements CanvasChangeEvent {}
