package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A partnership's own fields changed; carries them all.
 *
 * @param partnershipId the partnership
 * @param localGroup key of its local group
 * @param name its name
 * @param description what the partners want to achieve
 * @param businessModel typology axis: {@code innovative}, {@code traditional}, or null when not chosen yet
 * @param activities typology axis: {@code integrated}, {@code differentiated}, or null when not chosen yet
 * @param type the type A–D derived from both axes, or null while an axis is missing
 */
public record PartnershipChanged(
        UUID partnershipId,
        String localGroup,
        String name,
        String description,
        String businessModel,
        String activities,
        String type)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
