package org.weconomics.finance.calculation.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.weconomics.finance.calculation.ValueUnit;

class PricingProperties {

    private final PricingCalculator calculator = new PricingCalculator();

    @Property
    void everyProposalsMarginsRecomputeFromItsPriceCostAndSubsidy(
            @ForAll @BigRange(min = "0", max = "100000") @Scale(4) BigDecimal unitCost,
            @ForAll @BigRange(min = "0.01", max = "200000") @Scale(2) BigDecimal price,
            @ForAll @BigRange(min = "0", max = "99.99") @Scale(2) BigDecimal targetPercent,
            @ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal subsidy) {
        PriceComparison comparison = calculator.compare(
                unitCost,
                new PricingInput(
                        new FixedPrice(price, subsidy),
                        new FixedMargin(targetPercent, ValueUnit.PERCENT, subsidy),
                        new MarketAlternatives(
                                List.of(
                                        new MarketAlternative("a", price),
                                        new MarketAlternative("b", price.add(BigDecimal.ONE))),
                                MarketPosition.AVERAGE,
                                subsidy),
                        new AddedValue(price, targetPercent, ValueUnit.PERCENT, PremiumKind.SOCIAL, subsidy),
                        null));

        for (PriceProposal proposal : comparison.proposals()) {
            BigDecimal p = proposal.recommendedPrice();
            BigDecimal exactMargin = p.subtract(unitCost);
            assertThat(proposal.margin()).isEqualTo(exactMargin.setScale(2, RoundingMode.HALF_EVEN));
            assertThat(proposal.totalMargin())
                    .isEqualTo(exactMargin.add(subsidy).setScale(2, RoundingMode.HALF_EVEN));
            if (p.signum() > 0) {
                assertThat(proposal.marginPercent())
                        .isEqualTo(exactMargin.multiply(BigDecimal.valueOf(100)).divide(p, 2, RoundingMode.HALF_EVEN));
                assertThat(proposal.totalMarginPercent())
                        .isEqualTo(exactMargin
                                .add(subsidy)
                                .multiply(BigDecimal.valueOf(100))
                                .divide(p, 2, RoundingMode.HALF_EVEN));
            } else {
                assertThat(proposal.marginPercent()).isNull();
            }
        }
    }

    @Property
    void aFixedMarginPercentHitsItsTargetWithinHalfACentOfPrice(
            @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal unitCost,
            @ForAll @BigRange(min = "0", max = "95") @Scale(2) BigDecimal targetPercent) {
        PriceProposal proposal = calculator
                .compare(
                        unitCost,
                        new PricingInput(
                                null, new FixedMargin(targetPercent, ValueUnit.PERCENT, null), null, null, null))
                .proposals()
                .get(0);

        // the price is the exact bottom-up price rounded to cents, so the margin misses the target by at most 0.005
        BigDecimal targetMargin =
                proposal.recommendedPrice().multiply(targetPercent).divide(BigDecimal.valueOf(100));
        assertThat(proposal.recommendedPrice()
                        .subtract(unitCost)
                        .subtract(targetMargin)
                        .abs())
                .isLessThanOrEqualTo(new BigDecimal("0.005"));
    }
}
