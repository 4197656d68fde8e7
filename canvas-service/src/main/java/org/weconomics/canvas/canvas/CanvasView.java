package org.weconomics.canvas.canvas;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/** A canvas as clients read it. Its {@code version} is also sent as the {@code ETag}. */
@Schema(name = "Canvas")
public record CanvasView(
        UUID id,
        @Schema(example = "gent") String localGroup,
        UUID partnershipId,
        @Schema(description = "For a contribution board: the partner it is about.") UUID partnerId,
        @Schema(description = "The workshop that set this canvas up, if one did.") UUID workshopId,
        @Schema(example = "blended-business-model-canvas") String templateKey,
        @Schema(example = "1") int templateVersion,
        String title,
        String topic,
        CanvasStatus status,
        @Schema(description = "Token subject of the facilitator.") String facilitator,
        @Schema(description = "Token subject of the creator.") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every change; send it back in If-Match.", example = "0") long version)
        implements Versioned {

    public static CanvasView of(Canvas canvas) {
        return new CanvasView(
                canvas.id,
                canvas.localGroup,
                canvas.partnershipId,
                canvas.partnerId,
                canvas.workshopId,
                canvas.templateKey,
                canvas.templateVersion,
                canvas.title,
                canvas.topic,
                canvas.status,
                canvas.facilitator,
                canvas.createdBy,
                canvas.createdAt,
                canvas.updatedAt,
                canvas.version);
    }
}
