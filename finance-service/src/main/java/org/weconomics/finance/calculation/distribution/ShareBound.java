package org.weconomics.finance.calculation.distribution;

import java.math.BigDecimal;

/**
 * A minimum and/or maximum for what one partner receives in total (incentives included), in whole
 * cents per distributed total (per year in a projection).
 *
 * @param partyId a partner
 * @param floor   the least the partner gets, or {@code null} for none
 * @param cap     the most the partner gets, or {@code null} for none
 */
public record ShareBound(String partyId, BigDecimal floor, BigDecimal cap) {}
