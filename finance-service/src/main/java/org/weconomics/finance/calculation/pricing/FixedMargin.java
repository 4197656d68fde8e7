package org.weconomics.finance.calculation.pricing;

import java.math.BigDecimal;
import org.weconomics.finance.calculation.ValueUnit;

/**
 * Bottom-up pricing from the unit cost and a target margin.
 *
 * @param targetMargin   the margin wanted: an amount per unit, or a percentage of the price
 *                       (the method's margin % = margin ÷ price), at least 0 and below 100
 * @param unit           whether the target is an {@code AMOUNT} or a {@code PERCENT}
 * @param subsidyPerUnit optional subsidy per unit sold; {@code null} for none
 */
public record FixedMargin(BigDecimal targetMargin, ValueUnit unit, BigDecimal subsidyPerUnit) {}
