package org.weconomics.partnership.assessment;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/**
 * The view of the partnership all partners share, as last set by the local group. Its version is the number of
 * revisions so far (0 while none was set); send it in If-Match to set the next one.
 */
@Schema(name = "AgreedAssessment")
public record AgreedAssessmentView(
        UUID partnershipId,
        @Schema(description = "The current revision; null while none was set.") UUID assessmentId,
        AssessmentContent content,
        @Schema(description = "Token subject of who set it.") String setBy,
        OffsetDateTime setAt,
        @Schema(description = "How many revisions were set; the ETag.", example = "1") long version)
        implements Versioned {

    static AgreedAssessmentView of(UUID partnershipId, Assessment latest) {
        return latest == null
                ? new AgreedAssessmentView(partnershipId, null, new AssessmentContent(null, null, null), null, null, 0)
                : new AgreedAssessmentView(
                        partnershipId, latest.id, latest.content, latest.author, latest.submittedAt, latest.revision);
    }
}
