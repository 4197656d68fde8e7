package org.weconomics.finance.calculation.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * The costs of one activity per customer, as in the template's table per activity.
 *
 * @param totalCostPerUnit the sum of the sub-actions' cost per unit, in cents (the template's total row)
 * @param totalCost        the sum of the sub-actions' cost per customer, in cents
 */
public record ActivityCost(
        String activityId,
        String name,
        boolean orphaned,
        List<SubActionCost> subActions,
        BigDecimal totalCostPerUnit,
        BigDecimal totalCost,
        Map<String, Explanation> explanations)
        implements Explained {

    public ActivityCost {
        subActions = List.copyOf(subActions);
    }
}
