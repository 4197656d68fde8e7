package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A partner submitted its own assessment of the partnership; until then nobody else could read it.
 *
 * @param partnershipId the partnership assessed
 * @param localGroup key of the partnership's local group
 * @param assessmentId the submitted assessment (it never changes afterwards)
 * @param partnerId the partner whose view it is
 * @param revision the how-manieth assessment of this partner, from 1
 * @param facetsCleared how many of the five facets it rates fully cleared
 */
public record AssessmentSubmitted(
        UUID partnershipId, String localGroup, UUID assessmentId, UUID partnerId, int revision, int facetsCleared)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
