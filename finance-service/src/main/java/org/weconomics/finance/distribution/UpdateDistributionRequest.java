package org.weconomics.finance.distribution;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.distribution.DistributionKey;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.calculation.distribution.Incentive;
import org.weconomics.finance.calculation.distribution.PartyPercentage;
import org.weconomics.finance.calculation.distribution.ShareBound;

/** How the margin is divided among the partners; replaces the whole rule. Parties are named by their id. */
@Schema(
        name = "UpdateDistributionRequest",
        example =
                """
        {"key": "fixed-percentages",
         "fixedPercentages": [{"partyId": "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "percentage": 60},
                              {"partyId": "2e3f4051-6b7c-4d8e-9fa0-1b2c3d4e5f60", "percentage": 40}],
         "incentives": [{"partyId": "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "kind": "founder-fee", "value": 100,
                         "unit": "amount"}],
         "bounds": [{"partyId": "2e3f4051-6b7c-4d8e-9fa0-1b2c3d4e5f60", "floor": 500}]}""")
public record UpdateDistributionRequest(
        @Schema(
                        description =
                                "cost-contribution (default: each partner's part of the partners' costs), equal-split or "
                                        + "fixed-percentages.")
                DistributionKey key,
        @Schema(
                        description =
                                "With fixed-percentages: a percentage per partner, adding up to exactly 100; a partner "
                                        + "left out gets 0 %.")
                List<PartyPercentage> fixedPercentages,
        @Schema(
                        description =
                                "Taken off the top before the key divides the rest: an amount in whole cents per year or "
                                        + "a percentage of the margin.")
                List<Incentive> incentives,
        @Schema(description = "At most one floor and/or cap per partner, in whole cents per year.")
                List<ShareBound> bounds) {

    DistributionRule toRule() {
        return new DistributionRule(key, fixedPercentages, incentives, bounds);
    }
}
