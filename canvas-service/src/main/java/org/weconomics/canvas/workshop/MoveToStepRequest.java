package org.weconomics.canvas.workshop;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves the group to a step of the afternoon. */
@Schema(name = "MoveToWorkshopStepRequest")
public record MoveToStepRequest(
        @Schema(description = "The step's index in steps, from 0.", example = "0") @NotNull @Min(0) Integer step) {}
