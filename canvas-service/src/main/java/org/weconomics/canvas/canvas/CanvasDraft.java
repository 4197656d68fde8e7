package org.weconomics.canvas.canvas;

import java.util.UUID;

/** What a new canvas is made of, whether a client creates it or it is imported. */
public record CanvasDraft(
        String localGroup,
        UUID partnershipId,
        UUID partnerId,
        String templateKey,
        int templateVersion,
        String title,
        String topic,
        String facilitator,
        CanvasStatus status) {}
