package org.weconomics.events.partnership;

import java.util.List;
import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * The order of a partnership's value chain changed.
 *
 * @param partnershipId the partnership
 * @param localGroup key of its local group
 * @param activityIds every activity of the value chain, in the new order (position 0 first)
 */
public record ValueChainReordered(UUID partnershipId, String localGroup, List<UUID> activityIds)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
