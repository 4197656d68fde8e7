package org.weconomics.finance.calculation.cost;

import java.math.BigDecimal;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;
import org.weconomics.finance.calculation.PartyKind;

/**
 * What one party carries of the cost structure ("totale kost per unit", "totale kost",
 * "verdeling kosten" in the template).
 *
 * @param costPerUnit      sum of the cost per unit of the sub-actions the party carries, in cents
 * @param totalCost        sum of the cost per customer of those sub-actions, in cents
 * @param costSharePercent the party's part of the total cost in percent; the parties' shares add up
 *                         to exactly 100.00; {@code null} when the total cost is zero ("n.v.t.")
 */
public record PartyCost(
        String partyId,
        String name,
        PartyKind kind,
        BigDecimal costPerUnit,
        BigDecimal totalCost,
        BigDecimal costSharePercent,
        Map<String, Explanation> explanations)
        implements Explained {}
