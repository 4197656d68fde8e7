package org.weconomics.finance.calculation.pricing;

/**
 * The pricing methods a partnership filled in; any may be left out ({@code null}).
 *
 * @param chosenMethod the method whose price the partnership goes with; must be one that is filled in,
 *                     or {@code null} while undecided
 */
public record PricingInput(
        FixedPrice fixedPrice,
        FixedMargin fixedMargin,
        MarketAlternatives marketAlternatives,
        AddedValue addedValue,
        PricingMethod chosenMethod) {}
