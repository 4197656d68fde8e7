package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.List;
import org.weconomics.finance.calculation.InputLists;

/**
 * The expected revenue that the scenarios vary on.
 *
 * @param price          price per unit, above zero; {@code null} to take the chosen pricing proposal's
 * @param subsidyPerUnit subsidy per unit sold; {@code null} to take the chosen pricing proposal's, or none
 * @param volumes        one per year of the horizon
 */
public record RevenueBase(BigDecimal price, BigDecimal subsidyPerUnit, List<YearVolume> volumes) {

    public RevenueBase {
        volumes = InputLists.copy(volumes);
    }
}
