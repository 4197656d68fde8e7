package org.weconomics.finance.projection;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.projection.RevenueBase;
import org.weconomics.finance.calculation.projection.ScenarioOverride;

/** The horizon, the revenue base and what the scenarios change on it; replaces all three. */
@Schema(
        name = "UpdateRevenueRequest",
        example =
                """
        {"horizonYears": 3,
         "revenue": {"price": 255.00, "subsidyPerUnit": 5.00,
                     "volumes": [{"year": 1, "volume": 100}, {"year": 2, "volume": 150}, {"year": 3, "volume": 200}]},
         "scenarios": [{"scenario": "best", "volumes": [{"year": 3, "volume": 300}]},
                       {"scenario": "worst", "price": 230.00}]}""")
public record UpdateRevenueRequest(
        @Schema(description = "Years after year 0, 1 to 50.", example = "3") Integer horizonYears,
        @Schema(
                        description =
                                "Price and subsidy per unit (leave the price out to take the chosen pricing method's) "
                                        + "and a volume for every year of the horizon.")
                RevenueBase revenue,
        @Schema(description = "At most one per scenario (best, middle, worst); what is left out is the base's.")
                List<ScenarioOverride> scenarios) {}
