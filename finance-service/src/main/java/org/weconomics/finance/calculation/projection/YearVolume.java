package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;

/**
 * @param year   1 to the horizon
 * @param volume units sold (customers served) in that year, not negative
 */
public record YearVolume(Integer year, BigDecimal volume) {}
