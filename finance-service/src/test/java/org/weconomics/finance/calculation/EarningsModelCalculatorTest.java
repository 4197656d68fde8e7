package org.weconomics.finance.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weconomics.finance.calculation.WorkedExample.HOUTHANDEL;
import static org.weconomics.finance.calculation.WorkedExample.WERKPLAATS;
import static org.weconomics.finance.calculation.WorkedExample.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.calculation.distribution.PartyKeyShare;
import org.weconomics.finance.calculation.distribution.PartyPercentage;
import org.weconomics.finance.calculation.pricing.FixedMargin;
import org.weconomics.finance.calculation.pricing.FixedPrice;
import org.weconomics.finance.calculation.pricing.PricingInput;
import org.weconomics.finance.calculation.pricing.PricingMethod;
import org.weconomics.finance.calculation.projection.Investment;
import org.weconomics.finance.calculation.projection.ProjectionInput;
import org.weconomics.finance.calculation.projection.RevenueBase;
import org.weconomics.finance.calculation.projection.Scenario;
import org.weconomics.finance.calculation.projection.ScenarioProjection;
import org.weconomics.finance.calculation.projection.YearVolume;

class EarningsModelCalculatorTest {

    private final EarningsModelCalculator calculator = new EarningsModelCalculator();

    private static final PricingInput PRICING = new PricingInput(
            new FixedPrice(d("250"), d("10")),
            new FixedMargin(d("15"), ValueUnit.PERCENT, d("5")),
            null,
            null,
            PricingMethod.FIXED_MARGIN);

    private static ProjectionInput projection(RevenueBase revenue) {
        return new ProjectionInput(
                2, revenue, List.of(), List.of(new Investment(WERKPLAATS, 0, "Machines", d("1000"))), List.of());
    }

    @Test
    void chainsTheCostStructureIntoPricingTheKeyAndTheProjection() {
        EarningsModelFigures model = calculator.calculate(new EarningsModelInput(
                WorkedExample.partyList(),
                WorkedExample.valueChain(),
                PRICING,
                null,
                projection(
                        new RevenueBase(null, null, List.of(new YearVolume(1, d("10")), new YearVolume(2, d("20")))))));

        assertThat(model.costStructure().totalCost()).isEqualTo(d("204.00"));
        assertThat(model.costStructure().orphanedTotalCost()).isEqualTo(d("12.50"));
        assertThat(model.pricing().chosen())
                .get()
                .extracting(p -> p.recommendedPrice())
                .isEqualTo(d("240.00"));
        assertThat(model.distributionKey().parties())
                .extracting(PartyKeyShare::percent)
                .containsExactly(d("70.41"), d("29.59"));

        // the projection takes the chosen price (240) and its subsidy (5) since it sets neither
        ScenarioProjection middle = model.projection().scenario(Scenario.MIDDLE);
        assertThat(middle.price()).isEqualTo(d("240.00"));
        assertThat(middle.year(1).revenue()).isEqualByComparingTo("2400"); // 240 × 10
        assertThat(middle.year(1).costs()).isEqualByComparingTo("2040"); // 204 × 10
        assertThat(middle.year(1).subsidy()).isEqualByComparingTo("50");
        assertThat(middle.year(2).cumulativeResult()).isEqualByComparingTo("230"); // −1000 + (360 + 50) + (720 + 100)
        assertThat(middle.breakEvenYear()).isEqualTo(2);
    }

    @Test
    void aProjectionPriceOfItsOwnWinsOverTheChosenPricing() {
        EarningsModelFigures model = calculator.calculate(new EarningsModelInput(
                WorkedExample.partyList(),
                WorkedExample.valueChain(),
                PRICING,
                DistributionRule.equalSplit(),
                projection(new RevenueBase(
                        d("300"), d("0"), List.of(new YearVolume(1, d("1")), new YearVolume(2, d("1")))))));

        assertThat(model.projection().scenario(Scenario.WORST).price()).isEqualByComparingTo("300");
        assertThat(model.projection().scenario(Scenario.WORST).subsidyPerUnit()).isEqualByComparingTo("0");
    }

    @Test
    void needsAProjectionPriceWhenNoPricingMethodIsChosen() {
        EarningsModelInput input = new EarningsModelInput(
                WorkedExample.partyList(),
                WorkedExample.valueChain(),
                null,
                null,
                projection(new RevenueBase(null, null, List.of(new YearVolume(1, d("1")), new YearVolume(2, d("1"))))));

        assertThatThrownBy(() -> calculator.calculate(input))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.field())
                        .isEqualTo("projection.revenue.price"));
    }

    @Test
    void reportsTheMistakesOfPricingDistributionAndProjectionTogether() {
        EarningsModelInput input = new EarningsModelInput(
                WorkedExample.partyList(),
                WorkedExample.valueChain(),
                new PricingInput(new FixedPrice(d("-1"), null), null, null, null, null),
                DistributionRule.fixedPercentages(
                        List.of(new PartyPercentage(WERKPLAATS, d("50")), new PartyPercentage(HOUTHANDEL, d("40")))),
                new ProjectionInput(
                        2,
                        new RevenueBase(d("100"), null, List.of(new YearVolume(1, d("1")))),
                        List.of(),
                        List.of(),
                        List.of()));

        assertThatThrownBy(() -> calculator.calculate(input))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.invalidFields())
                        .extracting(CalculationInputException.InvalidField::field)
                        .containsExactly(
                                "pricing.fixedPrice.price",
                                "distribution.fixedPercentages",
                                "projection.revenue.volumes"));
    }

    @Test
    void worksWithoutPricingOrProjection() {
        EarningsModelFigures model = calculator.calculate(
                new EarningsModelInput(WorkedExample.partyList(), WorkedExample.valueChain(), null, null, null));

        assertThat(model.pricing().proposals()).isEmpty();
        assertThat(model.pricing().chosen()).isEmpty();
        assertThat(model.projection()).isNull();
    }
}
