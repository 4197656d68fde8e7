package org.weconomics.finance.calculation.distribution;

import java.math.BigDecimal;
import org.weconomics.finance.calculation.ValueUnit;

/**
 * Something a partner gets off the top of the margin, before the rest is divided by the key.
 *
 * @param partyId a partner
 * @param kind    why it is given
 * @param value   an amount in whole cents per distributed total (per year in a projection), or a
 *                percentage of the distributed total
 * @param unit    whether the value is an {@code AMOUNT} or a {@code PERCENT}
 */
public record Incentive(String partyId, IncentiveKind kind, BigDecimal value, ValueUnit unit) {}
