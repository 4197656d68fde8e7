package org.weconomics.finance.distribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.distribution.DistributionKeyShares;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.calculation.distribution.MarginDistribution;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.figures.Issue;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.support.concurrency.Versioned;

/** The margin distribution rule and what it gives every partner. */
@Schema(name = "Distribution")
public record DistributionView(
        UUID earningsModelId,
        @Schema(example = "EUR") String currency,
        @Schema(description = "The rule in force; by cost contribution until one is set.") DistributionRule rule,
        @Schema(description = "Every partner's percentage under the key alone, adding up to exactly 100.00.")
                DistributionKeyShares keyShares,
        @Schema(
                        description =
                                "The yearly margin divided: margin per unit of the chosen price × the base volume of "
                                        + "year 1; null while there is no chosen price or volume.",
                        example = "5100.00")
                BigDecimal distributedMargin,
        @Schema(
                        description =
                                "The distributed margin per partner in cents: incentive, key share, amount and percent "
                                        + "of the total; the amounts add up to exactly the distributed margin.")
                MarginDistribution distribution,
        List<Issue> issues,
        @Schema(description = "The model's version; send it back in If-Match.", example = "4") long version)
        implements Versioned {

    static DistributionView of(EarningsModel model, CalculatedModel figures) {
        DistributionRule rule = figures.input().distribution() == null
                ? DistributionRule.byCostContribution()
                : figures.input().distribution();
        return new DistributionView(
                model.id,
                model.currency,
                rule,
                figures.distributionKey(),
                figures.distributedMargin(),
                figures.distribution(),
                Issue.of(figures),
                model.version);
    }
}
