package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A partnership was set up in a local group.
 *
 * @param partnershipId the new partnership
 * @param localGroup key of the local group it belongs to; consumers authorise on it
 * @param name the partnership's name
 * @param createdBy token subject of the member who created it
 */
public record PartnershipCreated(UUID partnershipId, String localGroup, String name, String createdBy)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
