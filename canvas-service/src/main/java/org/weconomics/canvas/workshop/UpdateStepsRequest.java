package org.weconomics.canvas.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The afternoon's steps as they are to be: their order, which blocks, and each one's timebox. Titles and questions
 * come from the canvas's template, so they are not sent.
 */
@Schema(name = "UpdateWorkshopStepsRequest")
public record UpdateStepsRequest(@NotNull @Size(max = 200) List<@NotNull @Valid PlannedStep> steps) {

    /** One step: a block of one of the workshop's canvases and its timebox. */
    @Schema(name = "PlannedWorkshopStep")
    public record PlannedStep(
            @Schema(description = "One of the workshop's canvases.") @NotNull UUID canvasId,
            @Schema(example = "domain-boundary") @NotNull @Size(min = 1, max = 100) String blockKey,
            @Schema(description = "The timebox in minutes.", example = "15") @NotNull @Min(1) @Max(240)
                    Integer minutes) {}
}
