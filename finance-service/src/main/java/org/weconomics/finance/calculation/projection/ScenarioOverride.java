package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.List;
import org.weconomics.finance.calculation.InputLists;

/**
 * What one scenario changes on the base; everything left out is the base's.
 *
 * @param scenario       which scenario
 * @param price          another price per unit, or {@code null}
 * @param subsidyPerUnit another subsidy per unit, or {@code null}
 * @param volumes        other volumes for some years
 */
public record ScenarioOverride(
        Scenario scenario, BigDecimal price, BigDecimal subsidyPerUnit, List<YearVolume> volumes) {

    public ScenarioOverride {
        volumes = InputLists.copy(volumes);
    }
}
