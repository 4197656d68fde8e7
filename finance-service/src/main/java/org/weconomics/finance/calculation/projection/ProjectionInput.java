package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.List;
import org.weconomics.finance.calculation.InputLists;

/**
 * What a multi-year projection starts from.
 *
 * @param horizonYears the number of years after year 0, 1 to {@value #MAX_HORIZON_YEARS}
 * @param revenue      the base that the scenarios vary on
 * @param scenarios    at most one override per scenario; a scenario without one equals the base
 * @param investments  per party and year
 * @param yearlyCosts  per party, the same every year
 */
public record ProjectionInput(
        Integer horizonYears,
        RevenueBase revenue,
        List<ScenarioOverride> scenarios,
        List<Investment> investments,
        List<YearlyCostLine> yearlyCosts) {

    public static final int MAX_HORIZON_YEARS = 50;
    public static final String FIELD = "projection";

    public ProjectionInput {
        scenarios = InputLists.copy(scenarios);
        investments = InputLists.copy(investments);
        yearlyCosts = InputLists.copy(yearlyCosts);
    }

    /** The same projection with the base's price and subsidy filled in where they were left out. */
    public ProjectionInput withDefaultPricing(BigDecimal price, BigDecimal subsidyPerUnit) {
        if (revenue == null) {
            return this;
        }
        RevenueBase filled = new RevenueBase(
                revenue.price() != null ? revenue.price() : price,
                revenue.subsidyPerUnit() != null ? revenue.subsidyPerUnit() : subsidyPerUnit,
                revenue.volumes());
        return new ProjectionInput(horizonYears, filled, scenarios, investments, yearlyCosts);
    }
}
