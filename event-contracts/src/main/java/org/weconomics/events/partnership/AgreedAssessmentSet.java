package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * The local group set a new revision of the partnership's agreed assessment (the view all partners share).
 *
 * @param partnershipId the partnership assessed
 * @param localGroup key of the partnership's local group
 * @param assessmentId the new revision (it never changes afterwards)
 * @param revision the revision number, from 1
 * @param facetsCleared how many of the five facets it rates fully cleared
 */
public record AgreedAssessmentSet(
        UUID partnershipId, String localGroup, UUID assessmentId, int revision, int facetsCleared)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
