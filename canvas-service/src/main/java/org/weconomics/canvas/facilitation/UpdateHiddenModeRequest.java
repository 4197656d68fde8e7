package org.weconomics.canvas.facilitation;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Switches hidden mode on or off. */
@Schema(name = "UpdateHiddenModeRequest")
public record UpdateHiddenModeRequest(
        @Schema(
                        description = "true: notes added from now on are hidden (only their author and the facilitator "
                                + "see them) until revealed; false: new notes are visible again. Switching off reveals "
                                + "nothing.",
                        example = "true")
                @NotNull
                Boolean hiddenMode) {}
