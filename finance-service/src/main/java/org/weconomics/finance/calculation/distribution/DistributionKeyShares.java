package org.weconomics.finance.calculation.distribution;

import java.util.List;

/** The percentage of every partner under the distribution key, before incentives, floors and caps. */
public record DistributionKeyShares(DistributionKey key, List<PartyKeyShare> parties) {

    public DistributionKeyShares {
        parties = List.copyOf(parties);
    }
}
