package org.weconomics.events.canvas;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A canvas was deleted, with its notes and their comments.
 *
 * @param canvasId the canvas that no longer exists
 * @param localGroup key of the local group it belonged to
 * @param deletedBy token subject of who deleted it
 */
public record CanvasDeleted(UUID canvasId, String localGroup, String deletedBy) implements EventPayload {

    @Override
    public String aggregateId() {
        return canvasId.toString();
    }
}
