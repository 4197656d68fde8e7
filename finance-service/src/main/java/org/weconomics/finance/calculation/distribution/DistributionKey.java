package org.weconomics.finance.calculation.distribution;

/** How the margin is divided among the partners ("verdeelsleutel"). */
public enum DistributionKey {
    /** In proportion to each partner's part of the partners' costs: the method's default. */
    COST_CONTRIBUTION,
    /** The same for every partner (with two partners: the "50 % rule"). */
    EQUAL_SPLIT,
    /** Agreed percentages per partner that add up to 100. */
    FIXED_PERCENTAGES
}
