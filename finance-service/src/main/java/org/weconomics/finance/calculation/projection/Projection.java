package org.weconomics.finance.calculation.projection;

import java.util.List;

/**
 * The projection of an earnings model over its horizon.
 *
 * @param yearlyCosts the yearly cost lines with their project costs
 * @param scenarios   best, middle and worst, in that order
 */
public record Projection(int horizonYears, YearlyCostSheet yearlyCosts, List<ScenarioProjection> scenarios) {

    public Projection {
        scenarios = List.copyOf(scenarios);
    }

    public ScenarioProjection scenario(Scenario scenario) {
        return scenarios.stream()
                .filter(s -> s.scenario() == scenario)
                .findFirst()
                .orElseThrow();
    }
}
