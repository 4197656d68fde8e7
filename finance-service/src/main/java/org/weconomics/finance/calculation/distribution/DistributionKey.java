package org.weconomics.finance.calculation.distribution;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the margin is divided among the partners ("verdeelsleutel"). */
public enum DistributionKey {
    /** In proportion to each partner's part of the partners' costs: the method's default. */
    @JsonProperty("cost-contribution")
    COST_CONTRIBUTION,
    /** The same for every partner (with two partners: the "50 % rule"). */
    @JsonProperty("equal-split")
    EQUAL_SPLIT,
    /** Agreed percentages per partner that add up to 100. */
    @JsonProperty("fixed-percentages")
    FIXED_PERCENTAGES;

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
