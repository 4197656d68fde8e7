package org.weconomics.finance.pricing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.pricing.AddedValue;
import org.weconomics.finance.calculation.pricing.FixedMargin;
import org.weconomics.finance.calculation.pricing.FixedPrice;
import org.weconomics.finance.calculation.pricing.MarketAlternatives;
import org.weconomics.finance.calculation.pricing.PricingInput;
import org.weconomics.finance.calculation.pricing.PricingMethod;

/** The four pricing methods as filled in; leave a method out when it is not used. Replaces all of them. */
@Schema(
        name = "UpdatePricingRequest",
        example =
                """
        {"fixedPrice": {"price": 250.00, "subsidyPerUnit": 5.00},
         "fixedMargin": {"targetMargin": 20, "unit": "percent"},
         "marketAlternatives": {"alternatives": [{"name": "Shop A", "price": 240}, {"name": "Shop B", "price": 260}],
                                "position": "average"},
         "addedValue": {"referencePrice": 240, "premium": 10, "unit": "percent", "kind": "social"},
         "chosenMethod": "fixed-margin"}""")
public record UpdatePricingRequest(
        @Schema(description = "An agreed price (vaste prijs).") FixedPrice fixedPrice,
        @Schema(description = "Bottom-up: unit cost + a target margin, an amount or a % of the price (vaste marge).")
                FixedMargin fixedMargin,
        @Schema(description = "Top-down from market alternatives (alternatieven).")
                MarketAlternatives marketAlternatives,
        @Schema(description = "Top-down: a premium on a reference price (toegevoegde waarde).") AddedValue addedValue,
        @Schema(description = "The method the partnership goes with; must be one that is filled in.")
                PricingMethod chosenMethod) {

    PricingInput toInput() {
        return new PricingInput(fixedPrice, fixedMargin, marketAlternatives, addedValue, chosenMethod);
    }
}
