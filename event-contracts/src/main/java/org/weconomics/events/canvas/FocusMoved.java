package org.weconomics.events.canvas;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * The facilitator moved the group's focus to another block ("we are now at channels"), or cleared it.
 *
 * @param canvasId the canvas
 * @param localGroup key of its local group
 * @param fromBlockKey the block in focus before, or null when there was none
 * @param toBlockKey the block in focus now, or null when the focus was cleared
 * @param movedBy token subject of who moved it
 */
public record FocusMoved(UUID canvasId, String localGroup, String fromBlockKey, String toBlockKey, String movedBy)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return canvasId.toString();
    }
}
