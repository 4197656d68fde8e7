package org.weconomics.partnership.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/** A partner's questionnaire: every question by section, with its answer or null where it was skipped. */
@Schema(name = "Questionnaire")
public record QuestionnaireView(
        UUID partnershipId,
        UUID partnerId,
        String title,
        List<String> instructions,
        List<Section> sections,
        @Schema(description = "Token subject of who last answered; null while nothing was answered.") String answeredBy,
        OffsetDateTime updatedAt,
        @Schema(description = "0 while nothing was answered; the ETag.", example = "1") long version)
        implements Versioned {

    @Schema(name = "QuestionnaireSection")
    public record Section(
            @Schema(example = "strategy") String key,
            String title,
            String description,
            List<Question> questions,
            int answered,
            int skipped) {}

    @Schema(name = "QuestionnaireQuestion")
    public record Question(
            @Schema(example = "collaboration-context") String key,
            @Schema(description = "The BMC block the question is about.", example = "value-proposition")
                    String bmcBlock,
            String text,
            @Schema(description = "Null while skipped.") String answer) {}
}
