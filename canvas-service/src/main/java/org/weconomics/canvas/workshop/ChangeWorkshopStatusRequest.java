package org.weconomics.canvas.workshop;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves a workshop on in its day. */
@Schema(name = "ChangeWorkshopStatusRequest")
public record ChangeWorkshopStatusRequest(
        @Schema(description = "The next status: planned → running → presented → closed.", example = "running") @NotNull
                WorkshopStatus status) {}
