package org.weconomics.finance.calculation.distribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * A margin divided among the partners. The partners' amounts add up to exactly the total.
 *
 * @param total      the distributed total in cents
 * @param key        the key used
 * @param incentives the sum of the incentives taken off the top
 * @param keyPot     what was left for the key: total − incentives
 * @param shares     one per partner, in party order
 */
public record MarginDistribution(
        BigDecimal total,
        DistributionKey key,
        BigDecimal incentives,
        BigDecimal keyPot,
        List<PartyShare> shares,
        Map<String, Explanation> explanations)
        implements Explained {

    public MarginDistribution {
        shares = List.copyOf(shares);
    }

    public PartyShare share(String partyId) {
        return shares.stream()
                .filter(s -> s.partyId().equals(partyId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no share for " + partyId));
    }
}
