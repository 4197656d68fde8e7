package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * The review date of a tension has come; published once per review date.
 *
 * @param partnershipId the partnership whose register holds the tension
 * @param localGroup key of the partnership's local group
 * @param tensionId the tension to review
 * @param title short name of the tension
 * @param status its status when the review fell due
 * @param ownerPartnerId the partner that owns it, or null
 * @param reviewDate the ISO date the review was planned for
 */
public record TensionReviewDue(
        UUID partnershipId,
        String localGroup,
        UUID tensionId,
        String title,
        String status,
        UUID ownerPartnerId,
        String reviewDate)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
