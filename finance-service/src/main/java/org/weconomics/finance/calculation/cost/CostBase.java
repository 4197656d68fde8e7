package org.weconomics.finance.calculation.cost;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exact, unrounded cost figures that other calculations build on: pricing takes the unit cost,
 * the cost-contribution key and the projection take the parties' costs per customer. Not for display;
 * the {@link CostStructure} has the rounded figures.
 *
 * @param unitCost               the cost of serving one customer over the whole value chain
 *                               (orphaned activities left out)
 * @param costPerCustomerByParty each party's part of the unit cost, for every party in party order
 */
public record CostBase(BigDecimal unitCost, Map<String, BigDecimal> costPerCustomerByParty) {

    public CostBase {
        costPerCustomerByParty = Collections.unmodifiableMap(new LinkedHashMap<>(costPerCustomerByParty));
    }

    /** The party's cost per customer; zero for a party that carries nothing. */
    public BigDecimal costPerCustomer(String partyId) {
        return costPerCustomerByParty.getOrDefault(partyId, BigDecimal.ZERO);
    }
}
