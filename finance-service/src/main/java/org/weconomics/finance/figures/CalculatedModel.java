package org.weconomics.finance.figures;

import java.math.BigDecimal;
import java.util.List;
import org.weconomics.finance.calculation.CalculationInputException.InvalidField;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.calculation.cost.CostStructure;
import org.weconomics.finance.calculation.distribution.DistributionKeyShares;
import org.weconomics.finance.calculation.distribution.MarginDistribution;
import org.weconomics.finance.calculation.pricing.PriceComparison;
import org.weconomics.finance.calculation.projection.Projection;

/**
 * Every figure of an earnings model that its inputs allow, with what keeps the others from being
 * calculated. A part is {@code null} when its inputs are missing or wrong; {@code issues} then names
 * the wrong inputs by their path in {@link EarningsModelInput}.
 *
 * @param input           what was calculated from
 * @param costStructure   null when the parties or the value chain are not complete
 * @param pricing         the four methods side by side; null without a cost structure
 * @param distributionKey every partner's percentage under the key
 * @param distribution    the yearly margin divided among the partners; null without a chosen price and a
 *                        base volume for year 1
 * @param distributedMargin margin per unit of the chosen price × the base volume of year 1, or null
 * @param projection      null without a revenue base
 * @param issues          the inputs that keep a part from being calculated
 */
public record CalculatedModel(
        EarningsModelInput input,
        CostStructure costStructure,
        PriceComparison pricing,
        DistributionKeyShares distributionKey,
        MarginDistribution distribution,
        BigDecimal distributedMargin,
        Projection projection,
        List<InvalidField> issues) {

    public CalculatedModel {
        issues = List.copyOf(issues);
    }
}
