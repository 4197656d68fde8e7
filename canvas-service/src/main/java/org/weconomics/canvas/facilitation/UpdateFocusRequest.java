package org.weconomics.canvas.facilitation;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves the group to a block, or clears the focus. */
@Schema(name = "UpdateFocusRequest")
public record UpdateFocusRequest(
        @Schema(
                        description = "Key of a block of the canvas's template version: \"we are now at channels\". "
                                + "Leave out or null to clear the focus.",
                        example = "channels")
                @Size(max = 100)
                String blockKey) {}
