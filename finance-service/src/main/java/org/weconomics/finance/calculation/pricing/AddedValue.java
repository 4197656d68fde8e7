package org.weconomics.finance.calculation.pricing;

import java.math.BigDecimal;
import org.weconomics.finance.calculation.ValueUnit;

/**
 * Top-down pricing: a premium on top of a reference price for the value the offer adds.
 *
 * @param referencePrice the price the premium is added to, above zero
 * @param premium        an amount per unit or a percentage of the reference price, not negative
 * @param unit           whether the premium is an {@code AMOUNT} or a {@code PERCENT}
 * @param kind           what the premium is for; informative only
 * @param subsidyPerUnit optional subsidy per unit sold; {@code null} for none
 */
public record AddedValue(
        BigDecimal referencePrice, BigDecimal premium, ValueUnit unit, PremiumKind kind, BigDecimal subsidyPerUnit) {}
