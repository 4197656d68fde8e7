package org.weconomics.finance.calculation.pricing;

/** Where among the market alternatives the price is set. */
public enum MarketPosition {
    LOWEST,
    AVERAGE,
    MEDIAN,
    HIGHEST
}
