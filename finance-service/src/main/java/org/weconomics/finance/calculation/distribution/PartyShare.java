package org.weconomics.finance.calculation.distribution;

import java.math.BigDecimal;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * What one partner gets of a distributed margin, in cents.
 *
 * @param incentive      what the partner gets off the top
 * @param keyShare       what the partner gets of the rest, by the key within its floor and cap
 * @param amount         incentive + key share
 * @param percentOfTotal amount ÷ total in percent; the partners' percentages add up to exactly 100.00;
 *                       {@code null} when the total is zero
 * @param bound          whether a floor or cap held the share
 */
public record PartyShare(
        String partyId,
        String name,
        BigDecimal incentive,
        BigDecimal keyShare,
        BigDecimal amount,
        BigDecimal percentOfTotal,
        BoundApplied bound,
        Map<String, Explanation> explanations)
        implements Explained {}
