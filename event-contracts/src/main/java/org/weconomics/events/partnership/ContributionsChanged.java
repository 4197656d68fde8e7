package org.weconomics.events.partnership;

import java.util.List;
import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A partner's contribution to the value proposition changed; carries the three lists whole.
 *
 * @param partnershipId the partnership
 * @param localGroup key of its local group
 * @param partnerId the contributing partner
 * @param productsAndServices what the partner offers
 * @param gainCreators how it creates gains for customers
 * @param painRelievers how it relieves customers' pains
 */
public record ContributionsChanged(
        UUID partnershipId,
        String localGroup,
        UUID partnerId,
        List<String> productsAndServices,
        List<String> gainCreators,
        List<String> painRelievers)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
