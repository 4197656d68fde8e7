package org.weconomics.partnership.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.partnership.people.PeopleNames;
import org.weconomics.support.concurrency.Versioned;

/** An assessment as clients read it: a partner's (draft or submitted) or a revision of the agreed view. */
@Schema(name = "Assessment")
public record AssessmentView(
        UUID id,
        UUID partnershipId,
        @Schema(description = "The partner whose view it is; null for the agreed view.") UUID partnerId,
        @Schema(enumeration = {"partner", "agreed"}) String kind,
        @Schema(enumeration = {"draft", "submitted"}) String state,
        @Schema(description = "The how-manieth assessment of this partner (or of the agreed view), from 1.")
                int revision,
        AssessmentContent content,
        @Schema(description = "Token subject of its author.") String author,
        @Schema(
                        description =
                                "The name of that person as the people directory has it; null when no local group lists them.",
                        example = "Anna Peeters")
                String authorName,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        @Schema(description = "The ETag of a draft.", example = "0") long version)
        implements Versioned {

    static AssessmentView of(Assessment assessment) {
        return new AssessmentView(
                assessment.id,
                assessment.partnershipId,
                assessment.partnerId,
                assessment.kind.name().toLowerCase(),
                assessment.state.name().toLowerCase(),
                assessment.revision,
                assessment.content,
                assessment.author,
                PeopleNames.displayName(assessment.author),
                assessment.createdAt,
                assessment.updatedAt,
                assessment.submittedAt,
                assessment.version);
    }
}
