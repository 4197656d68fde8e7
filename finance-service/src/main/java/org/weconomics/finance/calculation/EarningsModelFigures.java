package org.weconomics.finance.calculation;

import org.weconomics.finance.calculation.cost.CostStructure;
import org.weconomics.finance.calculation.distribution.DistributionKeyShares;
import org.weconomics.finance.calculation.pricing.PriceComparison;
import org.weconomics.finance.calculation.projection.Projection;

/**
 * A calculated earnings model: every figure, from the inputs of {@link EarningsModelInput}.
 *
 * @param costStructure   per party, per activity and in total, per customer
 * @param pricing         the pricing methods side by side, from the cost structure's unit cost
 * @param distributionKey every partner's percentage under the distribution key
 * @param projection      the scenarios over the horizon, or {@code null} when none was asked for
 */
public record EarningsModelFigures(
        CostStructure costStructure,
        PriceComparison pricing,
        DistributionKeyShares distributionKey,
        Projection projection) {}
