package org.weconomics.finance.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.weconomics.finance.calculation.CalculationInputException;
import org.weconomics.finance.calculation.CalculationInputException.InvalidField;
import org.weconomics.finance.calculation.EarningsModelInput;
import org.weconomics.finance.calculation.Parties;
import org.weconomics.finance.calculation.cost.CostStructure;
import org.weconomics.finance.calculation.cost.CostStructureCalculator;
import org.weconomics.finance.calculation.distribution.DistributionKeyShares;
import org.weconomics.finance.calculation.distribution.MarginDistribution;
import org.weconomics.finance.calculation.distribution.MarginDistributor;
import org.weconomics.finance.calculation.pricing.PriceComparison;
import org.weconomics.finance.calculation.pricing.PriceProposal;
import org.weconomics.finance.calculation.pricing.PricingCalculator;
import org.weconomics.finance.calculation.projection.ProjectionCalculator;
import org.weconomics.finance.calculation.projection.ProjectionInput;
import org.weconomics.finance.calculation.projection.YearVolume;

/**
 * Calculates as much of an earnings model as its inputs allow. Unlike
 * {@link org.weconomics.finance.calculation.EarningsModelCalculator}, which refuses an input with any
 * mistake, this keeps the parts that can be calculated: a model is filled in step by step, and a
 * missing pricing must not hide the cost structure.
 */
public final class FiguresCalculator {

    private static final CostStructureCalculator COSTS = new CostStructureCalculator();
    private static final PricingCalculator PRICING = new PricingCalculator();
    private static final MarginDistributor DISTRIBUTOR = new MarginDistributor();
    private static final ProjectionCalculator PROJECTIONS = new ProjectionCalculator();

    private FiguresCalculator() {}

    public static CalculatedModel calculate(EarningsModelInput input) {
        List<InvalidField> issues = new ArrayList<>();
        Parties parties = step(issues, () -> Parties.of(input.parties()));
        CostStructure costs = parties == null ? null : step(issues, () -> COSTS.calculate(parties, input.valueChain()));
        if (costs == null) {
            return new CalculatedModel(input, null, null, null, null, null, null, issues);
        }
        PriceComparison pricing =
                step(issues, () -> PRICING.compare(costs.costBase().unitCost(), input.pricing()));
        DistributionKeyShares key =
                step(issues, () -> DISTRIBUTOR.keyShares(parties, costs.costBase(), input.distribution()));
        BigDecimal distributedMargin = key == null ? null : distributedMargin(pricing, input.projection());
        MarginDistribution distribution = distributedMargin == null
                ? null
                : step(
                        issues,
                        () -> DISTRIBUTOR.distribute(
                                distributedMargin, parties, costs.costBase(), input.distribution()));
        var projection = input.projection() == null
                ? null
                : step(
                        issues,
                        () -> PROJECTIONS.project(
                                parties,
                                costs.costBase(),
                                input.distribution(),
                                withChosenPricing(input.projection(), pricing)));
        return new CalculatedModel(
                input,
                costs,
                pricing,
                key,
                distribution,
                distributedMargin,
                projection,
                issues.stream().distinct().toList());
    }

    /** The margin per unit of the chosen price × the base volume of year 1, when both exist. */
    private static BigDecimal distributedMargin(PriceComparison pricing, ProjectionInput projection) {
        if (pricing == null || pricing.chosen().isEmpty() || projection == null || projection.revenue() == null) {
            return null;
        }
        return projection.revenue().volumes().stream()
                .filter(v -> v != null && v.year() != null && v.year() == 1 && v.volume() != null)
                .map(YearVolume::volume)
                .findFirst()
                .map(volume -> pricing.chosen().get().margin().multiply(volume))
                .orElse(null);
    }

    private static ProjectionInput withChosenPricing(ProjectionInput projection, PriceComparison pricing) {
        PriceProposal chosen = pricing == null ? null : pricing.chosen().orElse(null);
        return chosen == null
                ? projection
                : projection.withDefaultPricing(chosen.recommendedPrice(), chosen.subsidyPerUnit());
    }

    private static <T> T step(List<InvalidField> issues, Supplier<T> calculation) {
        try {
            return calculation.get();
        } catch (CalculationInputException e) {
            issues.addAll(e.invalidFields());
            return null;
        }
    }
}
