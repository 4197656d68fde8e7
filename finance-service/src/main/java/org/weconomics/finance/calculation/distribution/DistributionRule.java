package org.weconomics.finance.calculation.distribution;

import java.util.List;
import org.weconomics.finance.calculation.InputLists;

/**
 * How a margin is divided among the partners: incentives come off the top, the rest is divided by the
 * key, and floors and caps bound what each partner gets in total. External suppliers are paid their
 * costs and take no part of the margin.
 *
 * @param key              the distribution key; {@code null} for {@link DistributionKey#COST_CONTRIBUTION}
 * @param fixedPercentages the percentages, only read with {@link DistributionKey#FIXED_PERCENTAGES};
 *                         a partner left out gets 0 %
 * @param incentives       taken off the top, in the order listed
 * @param bounds           at most one per partner
 */
public record DistributionRule(
        DistributionKey key,
        List<PartyPercentage> fixedPercentages,
        List<Incentive> incentives,
        List<ShareBound> bounds) {

    public static final String FIELD = "distribution";

    public DistributionRule {
        fixedPercentages = InputLists.copy(fixedPercentages);
        incentives = InputLists.copy(incentives);
        bounds = InputLists.copy(bounds);
    }

    public static DistributionRule byCostContribution() {
        return new DistributionRule(DistributionKey.COST_CONTRIBUTION, List.of(), List.of(), List.of());
    }

    public static DistributionRule equalSplit() {
        return new DistributionRule(DistributionKey.EQUAL_SPLIT, List.of(), List.of(), List.of());
    }

    public static DistributionRule fixedPercentages(List<PartyPercentage> percentages) {
        return new DistributionRule(DistributionKey.FIXED_PERCENTAGES, percentages, List.of(), List.of());
    }

    public DistributionRule withIncentives(List<Incentive> newIncentives) {
        return new DistributionRule(key, fixedPercentages, newIncentives, bounds);
    }

    public DistributionRule withBounds(List<ShareBound> newBounds) {
        return new DistributionRule(key, fixedPercentages, incentives, newBounds);
    }

    public DistributionKey keyOrDefault() {
        return key == null ? DistributionKey.COST_CONTRIBUTION : key;
    }
}
