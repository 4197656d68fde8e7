package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A partner as it is after it joined a partnership or its role changed; the CloudEvents {@code time} is
 * when that happened.
 *
 * @param partnershipId the partnership
 * @param localGroup key of its local group
 * @param partnerId the partner: the id value-chain events name responsible partners by
 * @param organisationId the legal entity that is the partner
 * @param organisationName its name, for display
 * @param sector {@code social-economy} or {@code regular-economy}
 * @param role what the partner does in the partnership
 * @param founding whether it is a founding partner
 */
public record PartnerState(
        UUID partnershipId,
        String localGroup,
        UUID partnerId,
        UUID organisationId,
        String organisationName,
        String sector,
        String role,
        boolean founding)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
