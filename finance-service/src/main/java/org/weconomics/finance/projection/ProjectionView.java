package org.weconomics.finance.projection;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.projection.Projection;
import org.weconomics.finance.calculation.projection.ProjectionInput;
import org.weconomics.finance.calculation.projection.Scenario;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.figures.Issue;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.support.concurrency.Versioned;

/** The inputs of the multi-year projection and the projection per scenario. */
@Schema(name = "Projection")
public record ProjectionView(
        UUID earningsModelId,
        @Schema(example = "EUR") String currency,
        @Schema(
                        description = "Horizon, revenue base, scenario overrides, investments and yearly cost lines as "
                                + "entered; null until the revenue base is given.")
                ProjectionInput input,
        @Schema(
                        description =
                                "The yearly cost sheet and, per scenario (all three, or the one asked for), year 0 to "
                                        + "the horizon for the partnership and per party: revenue, costs, margin, subsidy, investments, result, "
                                        + "cumulative result, and the break-even year. Null while an issue keeps it from being calculated.")
                Projection projection,
        List<Issue> issues,
        @Schema(description = "The model's version; send it back in If-Match.", example = "4") long version)
        implements Versioned {

    static ProjectionView of(EarningsModel model, CalculatedModel figures, Scenario only) {
        Projection projection = figures.projection();
        if (projection != null && only != null) {
            projection = new Projection(
                    projection.horizonYears(), projection.yearlyCosts(), List.of(projection.scenario(only)));
        }
        return new ProjectionView(
                model.id, model.currency, figures.input().projection(), projection, Issue.of(figures), model.version);
    }
}
