package org.weconomics.finance.calculation.pricing;

/** The four ways of setting a price that the template compares side by side ("prijsbepaling"). */
public enum PricingMethod {
    /** A price that is agreed as it is ("vaste prijs"). */
    FIXED_PRICE,
    /** Bottom-up: the unit cost plus a target margin ("vaste marge"). */
    FIXED_MARGIN,
    /** Top-down: from the prices of alternatives in the market ("alternatieven"). */
    MARKET_ALTERNATIVES,
    /** Top-down: a reference price plus a premium for the value added ("toegevoegde waarde"). */
    ADDED_VALUE
}
