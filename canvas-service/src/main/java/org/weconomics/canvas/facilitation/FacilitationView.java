package org.weconomics.canvas.facilitation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/**
 * Where the workshop on a canvas stands, as the caller sees it. Its {@code version} (also the {@code ETag}) counts
 * the facilitator's changes; votes cast do not change it.
 */
@Schema(name = "Facilitation")
public record FacilitationView(
        UUID canvasId,
        @Schema(description = "Token subject of the facilitator.") String facilitator,
        @Schema(description = "Whether you have facilitator rights here: you facilitate, or you are an admin.")
                boolean youFacilitate,
        @Schema(description = "Whether notes added now are hidden until revealed.") boolean hiddenMode,
        @Schema(
                        description = "Hidden notes you can see: all of them when you facilitate, otherwise your own.",
                        example = "4")
                int hiddenNotes,
        @Schema(description = "Whether only the facilitator may add, change, move or remove notes.") boolean locked,
        @Schema(description = "The block the group works on now; null when the facilitator set none.") Focus focus,
        @Schema(description = "The open voting round with your votes in it; null when none is open.")
                VotingRoundView openRound,
        @Schema(description = "The latest closed round, whose votes the canvas pictures show; null when none.")
                UUID latestClosedRoundId,
        @Schema(description = "Token subject of who last changed these settings.") String updatedBy,
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every facilitator change; send it back in If-Match.", example = "0")
                long version)
        implements Versioned {

    /** The block the facilitator moved the group to. */
    @Schema(name = "Focus")
    public record Focus(@Schema(example = "channels") String blockKey, OffsetDateTime movedAt) {}
}
