package org.weconomics.finance.calculation.pricing;

import java.math.BigDecimal;

/**
 * An offer in the market that customers could choose instead.
 *
 * @param name  whose offer it is
 * @param price its price per unit, above zero
 */
public record MarketAlternative(String name, BigDecimal price) {}
