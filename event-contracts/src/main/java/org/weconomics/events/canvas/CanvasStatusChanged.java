package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * A canvas moved on in its life: {@code draft}, {@code in-workshop}, {@code presented}, {@code archived}.
 *
 * @param canvasId the canvas
 * @param localGroup key of its local group
 * @param previousStatus the status it had
 * @param status the status it has now
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record CanvasStatusChanged(UUID canvasId, String localGroup, String previousStatus, String status, Long sequence)
        implements CanvasChangeEvent {}
