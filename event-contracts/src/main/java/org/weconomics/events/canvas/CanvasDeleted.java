package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * A canvas was deleted, with its notes and their comments.
 *
 * @param canvasId the canvas that no longer exists
 * @param localGroup key of the local group it belonged to
 * @param deletedBy token subject of who deleted it
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record CanvasDeleted(UUID canvasId, String localGroup, String deletedBy, Long sequence)
        implements CanvasChangeEvent {}
