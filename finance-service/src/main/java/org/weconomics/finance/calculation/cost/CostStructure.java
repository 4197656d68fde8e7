package org.weconomics.finance.calculation.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * The cost structure of the offer ("kostenstructuur"): per party, per activity, and in total, all per
 * customer.
 *
 * @param parties            every party in party order, also those that carry nothing
 * @param activities         the activities of the value chain, in order
 * @param orphanedActivities activities removed from the value chain whose costs are kept visible;
 *                           they count in no other figure
 * @param totalCostPerUnit   sum of all cost per unit figures, in cents (the template's total row)
 * @param totalCost          the unit cost of the offer: what serving one customer costs, in cents
 * @param orphanedTotalCost  the cost per customer of the orphaned activities, in cents
 * @param costBase           the same figures exactly, for further calculation
 */
@Schema(
        name = "CostBreakdown",
        description =
                "The calculated cost structure: per activity and per party, the cost base and how each figure came about.")
public record CostStructure(
        List<PartyCost> parties,
        List<ActivityCost> activities,
        List<ActivityCost> orphanedActivities,
        BigDecimal totalCostPerUnit,
        BigDecimal totalCost,
        BigDecimal orphanedTotalCost,
        CostBase costBase,
        Map<String, Explanation> explanations)
        implements Explained {

    public CostStructure {
        parties = List.copyOf(parties);
        activities = List.copyOf(activities);
        orphanedActivities = List.copyOf(orphanedActivities);
    }

    public PartyCost party(String partyId) {
        return parties.stream()
                .filter(p -> p.partyId().equals(partyId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no party " + partyId));
    }
}
