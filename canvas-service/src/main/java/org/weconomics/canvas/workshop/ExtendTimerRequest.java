package org.weconomics.canvas.workshop;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Gives the step more time. */
@Schema(name = "ExtendWorkshopTimerRequest")
public record ExtendTimerRequest(
        @Schema(description = "Minutes to add.", example = "5") @NotNull @Min(1) @Max(120) Integer minutes) {}
