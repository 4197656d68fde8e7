package org.weconomics.finance.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.weconomics.finance.calculation.cost.CostStructure;
import org.weconomics.finance.calculation.cost.CostStructureCalculator;
import org.weconomics.finance.calculation.distribution.DistributionKeyShares;
import org.weconomics.finance.calculation.distribution.MarginDistributor;
import org.weconomics.finance.calculation.pricing.PriceComparison;
import org.weconomics.finance.calculation.pricing.PriceProposal;
import org.weconomics.finance.calculation.pricing.PricingCalculator;
import org.weconomics.finance.calculation.projection.Projection;
import org.weconomics.finance.calculation.projection.ProjectionCalculator;
import org.weconomics.finance.calculation.projection.ProjectionInput;

/**
 * Calculates a whole earnings model: the cost structure first, whose exact unit cost feeds pricing
 * and whose exact party costs feed the cost-contribution key; then the projection, which takes its
 * price and subsidy from the chosen pricing proposal unless the projection sets its own.
 */
public final class EarningsModelCalculator {

    private final CostStructureCalculator costStructureCalculator = new CostStructureCalculator();
    private final PricingCalculator pricingCalculator = new PricingCalculator();
    private final MarginDistributor marginDistributor = new MarginDistributor();
    private final ProjectionCalculator projectionCalculator = new ProjectionCalculator();

    /**
     * @throws CalculationInputException with every invalid field found, paths relative to
     *     {@link EarningsModelInput}
     */
    public EarningsModelFigures calculate(EarningsModelInput input) {
        Parties parties = Parties.of(input.parties());
        CostStructure costStructure = costStructureCalculator.calculate(parties, input.valueChain());

        // the remaining parts do not depend on each other's validity, so report all their mistakes at once
        List<CalculationInputException.InvalidField> invalid = new ArrayList<>();
        PriceComparison pricing = collect(
                invalid,
                () -> pricingCalculator.compare(costStructure.costBase().unitCost(), input.pricing()));
        DistributionKeyShares key = collect(
                invalid, () -> marginDistributor.keyShares(parties, costStructure.costBase(), input.distribution()));
        Projection projection = null;
        if (input.projection() != null) {
            ProjectionInput projectionInput = withChosenPricing(input.projection(), pricing);
            projection = collect(
                    invalid,
                    () -> projectionCalculator.project(
                            parties, costStructure.costBase(), input.distribution(), projectionInput));
        }
        if (!invalid.isEmpty()) {
            throw new CalculationInputException(distinct(invalid));
        }
        return new EarningsModelFigures(costStructure, pricing, key, projection);
    }

    private static ProjectionInput withChosenPricing(ProjectionInput projection, PriceComparison pricing) {
        if (pricing == null) {
            return projection;
        }
        PriceProposal chosen = pricing.chosen().orElse(null);
        BigDecimal price = chosen == null ? null : chosen.recommendedPrice();
        BigDecimal subsidy = chosen == null ? null : chosen.subsidyPerUnit();
        return projection.withDefaultPricing(price, subsidy);
    }

    private static <T> T collect(List<CalculationInputException.InvalidField> invalid, Supplier<T> step) {
        try {
            return step.get();
        } catch (CalculationInputException e) {
            invalid.addAll(e.invalidFields());
            return null;
        }
    }

    /** The projection checks the distribution rule again; one report of each mistake is enough. */
    private static List<CalculationInputException.InvalidField> distinct(
            List<CalculationInputException.InvalidField> all) {
        return all.stream().distinct().toList();
    }
}
