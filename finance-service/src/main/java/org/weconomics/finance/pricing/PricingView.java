package org.weconomics.finance.pricing;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.pricing.PriceComparison;
import org.weconomics.finance.calculation.pricing.PricingInput;
import org.weconomics.finance.figures.CalculatedModel;
import org.weconomics.finance.figures.Issue;
import org.weconomics.finance.model.EarningsModel;
import org.weconomics.support.concurrency.Versioned;

/** The pricing methods as entered and side by side as calculated. */
@Schema(name = "Pricing")
public record PricingView(
        UUID earningsModelId,
        @Schema(example = "EUR") String currency,
        @Schema(description = "The methods as entered; null when nothing was entered yet.") PricingInput input,
        @Schema(
                        description =
                                "One proposal per filled-in method: recommended price p, unit cost c, margin = p − c, "
                                        + "margin % = margin ÷ p, subsidy s, total margin = margin + s, total margin % = total margin ÷ p; "
                                        + "and the chosen method. Null while an issue keeps it from being calculated.")
                PriceComparison comparison,
        List<Issue> issues,
        @Schema(description = "The model's version; send it back in If-Match.", example = "4") long version)
        implements Versioned {

    static PricingView of(EarningsModel model, CalculatedModel figures) {
        return new PricingView(
                model.id,
                model.currency,
                figures.input().pricing(),
                figures.pricing(),
                Issue.of(figures),
                model.version);
    }
}
