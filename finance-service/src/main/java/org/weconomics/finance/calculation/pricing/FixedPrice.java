package org.weconomics.finance.calculation.pricing;

import java.math.BigDecimal;

/**
 * @param price          the agreed price per unit, above zero
 * @param subsidyPerUnit optional subsidy per unit sold; {@code null} for none
 */
public record FixedPrice(BigDecimal price, BigDecimal subsidyPerUnit) {}
