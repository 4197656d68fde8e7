package org.weconomics.finance.calculation.distribution;

import java.math.BigDecimal;

/**
 * @param partyId    a partner
 * @param percentage its part of the margin, 0 to 100
 */
public record PartyPercentage(String partyId, BigDecimal percentage) {}
