package org.weconomics.finance.coststructure;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.cost.Activity;
import org.weconomics.finance.calculation.cost.CostStructure;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.figures.Issue;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.support.concurrency.Versioned;

/** The cost structure of a model: the value chain as entered and every cost figure calculated from it. */
@Schema(name = "CostStructure")
public record CostStructureView(
        UUID earningsModelId,
        @Schema(example = "EUR") String currency,
        @Schema(
                        description =
                                "The value chain as entered: activities in order (orphaned ones last) with their "
                                        + "sub-actions, the party carrying each, cost per unit and quantity per customer (0 until entered).")
                List<Activity> valueChain,
        @Schema(
                        description =
                                "Per sub-action, activity, party and in total, per customer; amounts in cents, cost "
                                        + "shares in percent adding up to exactly 100.00. Null while an issue keeps it from being calculated.")
                CostStructure figures,
        @Schema(description = "Inputs that keep figures from being calculated, e.g. a sub-action nobody carries.")
                List<Issue> issues,
        @Schema(description = "The model's version; send it back in If-Match.", example = "4") long version)
        implements Versioned {

    static CostStructureView of(EarningsModel model, CalculatedModel figures) {
        return new CostStructureView(
                model.id,
                model.currency,
                figures.input().valueChain(),
                figures.costStructure(),
                Issue.of(figures),
                model.version);
    }
}
