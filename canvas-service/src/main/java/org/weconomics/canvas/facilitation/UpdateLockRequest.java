package org.weconomics.canvas.facilitation;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Locks or unlocks the board. */
@Schema(name = "UpdateLockRequest")
public record UpdateLockRequest(
        @Schema(
                        description = "true: participants can no longer add, change, move or remove notes (they still "
                                + "vote and comment); false: they can again.",
                        example = "true")
                @NotNull
                Boolean locked) {}
