package org.weconomics.finance.calculation.cost;

import java.math.BigDecimal;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * The cost of one sub-action per customer.
 *
 * @param costPerUnit         as entered
 * @param quantityPerCustomer as entered
 * @param totalCost           cost per unit × quantity per customer, in cents
 */
public record SubActionCost(
        String subActionId,
        String name,
        String partyId,
        BigDecimal costPerUnit,
        BigDecimal quantityPerCustomer,
        BigDecimal totalCost,
        Map<String, Explanation> explanations)
        implements Explained {}
