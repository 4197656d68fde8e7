package org.weconomics.finance.calculation;

import java.util.List;
import org.weconomics.finance.calculation.cost.Activity;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.calculation.pricing.PricingInput;
import org.weconomics.finance.calculation.projection.ProjectionInput;

/**
 * Everything an earnings model ("verdienmodel") is calculated from. The field paths of
 * {@link CalculationInputException} are relative to this record.
 *
 * @param parties      the partners and external suppliers, in the order results list them
 * @param valueChain   the activities with their sub-actions, orphaned ones included
 * @param pricing      the pricing methods filled in, or {@code null}
 * @param distribution how the margin is divided, or {@code null} for by cost contribution
 * @param projection   the multi-year projection, or {@code null} for none
 */
public record EarningsModelInput(
        List<Party> parties,
        List<Activity> valueChain,
        PricingInput pricing,
        DistributionRule distribution,
        ProjectionInput projection) {

    public EarningsModelInput {
        parties = InputLists.copy(parties);
        valueChain = InputLists.copy(valueChain);
    }
}
