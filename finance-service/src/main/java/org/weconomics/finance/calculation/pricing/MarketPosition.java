package org.weconomics.finance.calculation.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where among the market alternatives the price is set. */
public enum MarketPosition {
    @JsonProperty("lowest")
    LOWEST,
    @JsonProperty("average")
    AVERAGE,
    @JsonProperty("median")
    MEDIAN,
    @JsonProperty("highest")
    HIGHEST;

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
