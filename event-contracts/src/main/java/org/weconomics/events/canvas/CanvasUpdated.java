package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * The title, topic or facilitator of a canvas changed.
 *
 * @param canvasId the canvas
 * @param localGroup key of its local group
 * @param title its title now
 * @param topic its topic now, or null
 * @param facilitator token subject of its facilitator now
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record CanvasUpdated(
        UUID canvasId, String localGroup, String title, String topic, String facilitator, Long sequence)
        implements CanvasChangeEvent {}
