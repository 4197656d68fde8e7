package org.weconomics.events.community;

import java.math.BigDecimal;
import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A community as it is after it was created or changed; both events carry the whole state, so that a
 * consumer never needs an earlier event to know the current one.
 *
 * @param communityId the community
 * @param name its name
 * @param domain the domain the community is the practice of
 * @param networkLeader the community software supplier that provides the connecting infrastructure
 * @param revenuePayer who pays: {@code supplier}, {@code demander} or {@code both}
 * @param revenueBasis on what basis: {@code per-user}, {@code per-period}, {@code per-transaction} or {@code price-dependent}
 * @param amount per user, period or transaction: the fixed amount in {@code currency}; when price-dependent:
 *     the percentage of the product price
 * @param currency ISO 4217 code of fixed amounts
 */
public record CommunityState(
        UUID communityId,
        String name,
        String domain,
        String networkLeader,
        String revenuePayer,
        String revenueBasis,
        BigDecimal amount,
        String currency)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return communityId.toString();
    }
}
