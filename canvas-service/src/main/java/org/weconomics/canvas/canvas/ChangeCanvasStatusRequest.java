package org.weconomics.canvas.canvas;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves a canvas on in its life. */
@Schema(name = "ChangeCanvasStatusRequest")
public record ChangeCanvasStatusRequest(
        @Schema(
                        description =
                                "The status to move to: draft → in-workshop → presented → archived; presented may go back "
                                        + "to in-workshop; any canvas may be archived; archived is final.",
                        example = "in-workshop")
                @NotNull
                CanvasStatus status) {}
