package org.weconomics.events.partnership;

import java.util.List;
import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * An activity of a partnership's value chain as it is after it was added or changed, with its
 * sub-actions. The finance service builds its cost structure from these.
 *
 * @param partnershipId the partnership
 * @param localGroup key of its local group
 * @param activityId the activity, stable over changes
 * @param name what the activity is
 * @param position its place in the value chain: from 0 since version 2 of the added and changed events (as every
 *     position of the platform), from 1 in version 1
 * @param responsiblePartnerIds the partners responsible for it
 * @param responsibilities what the responsible partners take on, in words
 * @param subActions its steps, in order
 */
public record ValueChainActivity(
        UUID partnershipId,
        String localGroup,
        UUID activityId,
        String name,
        int position,
        List<UUID> responsiblePartnerIds,
        List<String> responsibilities,
        List<SubAction> subActions)
        implements EventPayload {

    /**
     * One step of an activity.
     *
     * @param subActionId the sub-action, stable over changes
     * @param name what the step is
     * @param responsiblePartnerId the partner that carries it, or null for the activity's partners
     */
    public record SubAction(UUID subActionId, String name, UUID responsiblePartnerId) {}

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
