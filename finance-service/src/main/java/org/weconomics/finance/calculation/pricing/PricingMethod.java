package org.weconomics.finance.calculation.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The four ways of setting a price that the template compares side by side ("prijsbepaling"). */
public enum PricingMethod {
    /** A price that is agreed as it is ("vaste prijs"). */
    @JsonProperty("fixed-price")
    FIXED_PRICE,
    /** Bottom-up: the unit cost plus a target margin ("vaste marge"). */
    @JsonProperty("fixed-margin")
    FIXED_MARGIN,
    /** Top-down: from the prices of alternatives in the market ("alternatieven"). */
    @JsonProperty("market-alternatives")
    MARKET_ALTERNATIVES,
    /** Top-down: a reference price plus a premium for the value added ("toegevoegde waarde"). */
    @JsonProperty("added-value")
    ADDED_VALUE;

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
