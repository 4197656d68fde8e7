package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * A canvas was created.
 *
 * @param canvasId the new canvas
 * @param localGroup key of the local group it belongs to
 * @param partnershipId the partnership it serves, or null for a community canvas
 * @param templateKey the template it was made from
 * @param templateVersion the template version it keeps
 * @param title its title
 * @param createdBy token subject of its creator
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record CanvasCreated(
        UUID canvasId,
        String localGroup,
        UUID partnershipId,
        String templateKey,
        int templateVersion,
        String title,
        String createdBy,
        Long sequence)
        implements CanvasChangeEvent {}
