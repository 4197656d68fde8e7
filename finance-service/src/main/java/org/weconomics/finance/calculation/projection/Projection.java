package org.weconomics.finance.calculation.projection;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The projection of an earnings model over its horizon.
 *
 * @param yearlyCosts the yearly cost lines with their project costs
 * @param scenarios   best, middle and worst, in that order
 */
@Schema(
        name = "ProjectionScenarios",
        description = "The projection over the horizon: the yearly costs and each scenario year by year.")
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
