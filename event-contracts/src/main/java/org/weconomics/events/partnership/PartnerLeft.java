package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A partner left a partnership (at the CloudEvents {@code time}); its history and the activities it was
 * responsible for stay.
 *
 * @param partnershipId the partnership
 * @param localGroup key of its local group
 * @param partnerId the partner that left
 * @param organisationId the legal entity that is the partner
 */
public record PartnerLeft(UUID partnershipId, String localGroup, UUID partnerId, UUID organisationId)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
