package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * An activity (with its sub-actions) was removed from a partnership's value chain; the positions of
 * the remaining activities follow in a {@link ValueChainReordered}.
 *
 * @param partnershipId the partnership
 * @param localGroup key of its local group
 * @param activityId the removed activity
 */
public record ValueChainActivityRemoved(UUID partnershipId, String localGroup, UUID activityId)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
