package org.weconomics.canvas.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.template.LocalizedText;

/** One topic of the morning's theory, in Dutch and English, with the minutes it is planned to take. */
@Schema(name = "WorkshopAgendaItem")
public record AgendaItem(
        @NotNull @Valid LocalizedText title,
        @Schema(description = "Minutes planned for it.", example = "20") @NotNull @Min(1) @Max(480) Integer minutes) {}
