package org.weconomics.finance.calculation.pricing;

/** What the premium of added-value pricing pays for. */
public enum PremiumKind {
    SUSTAINABILITY,
    STRATEGIC,
    TECHNICAL,
    SOCIAL
}
