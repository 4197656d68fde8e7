package org.weconomics.canvas.workshop;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.template.LocalizedText;

/**
 * One step of the afternoon: one block of one of the workshop's canvases, with the block's guiding questions as the
 * extended questionnaire the group answers in it, and the minutes it is given.
 */
@Schema(name = "WorkshopStep")
public record WorkshopStep(
        UUID canvasId,
        @Schema(example = "domain-boundary") String blockKey,
        @Schema(description = "The block's title.") LocalizedText title,
        @Schema(description = "The questionnaire of the step: the block's guiding questions.")
                List<LocalizedText> questions,
        @Schema(description = "The step's timebox in minutes.", example = "15") int minutes) {}
