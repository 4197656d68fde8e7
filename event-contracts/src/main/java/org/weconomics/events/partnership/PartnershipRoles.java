package org.weconomics.events.partnership;

import java.util.List;
import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * Who holds a role in a partnership, as a whole, after any change of it: a partnership was set up, its coaches were
 * named, a partner's representatives were named, a partner joined or left. Consumers that authorise on these roles
 * replace what they knew of the partnership with it.
 *
 * @param partnershipId the partnership
 * @param localGroup key of its local group; a role counts only for a member of it
 * @param coaches token subjects of its coaches
 * @param partners its current partners, each with the token subjects of the members who act for it
 */
public record PartnershipRoles(
        UUID partnershipId, String localGroup, List<String> coaches, List<PartnerRepresentatives> partners)
        implements EventPayload {

    /**
     * A current partner and who acts for it.
     *
     * @param partnerId a current partner
     * @param representatives token subjects of the members who act for it; may be empty
     */
    public record PartnerRepresentatives(UUID partnerId, List<String> representatives) {}

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
