package org.weconomics.finance.calculation.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weconomics.finance.calculation.WorkedExample.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.calculation.CalculationInputException;
import org.weconomics.finance.calculation.Rule;
import org.weconomics.finance.calculation.ValueUnit;

/** Unit cost 204.00: the worked example's cost of serving one customer. */
class PricingCalculatorTest {

    private static final BigDecimal UNIT_COST = d("204");

    private final PricingCalculator calculator = new PricingCalculator();

    private PriceProposal only(PricingInput input) {
        return calculator.compare(UNIT_COST, input).proposals().get(0);
    }

    @Test
    void fixedPriceWithSubsidyFollowsTheMethodsFormulas() {
        PriceProposal proposal =
                only(new PricingInput(new FixedPrice(d("250.00"), d("10.00")), null, null, null, null));

        assertThat(proposal.recommendedPrice()).isEqualTo(d("250.00"));
        assertThat(proposal.margin()).isEqualTo(d("46.00")); // 250 − 204
        assertThat(proposal.marginPercent()).isEqualTo(d("18.40")); // 46 / 250
        assertThat(proposal.subsidyPerUnit()).isEqualTo(d("10.00"));
        assertThat(proposal.totalMargin()).isEqualTo(d("56.00")); // 46 + 10
        assertThat(proposal.totalMarginPercent()).isEqualTo(d("22.40")); // 56 / 250
    }

    @Test
    void fixedMarginPercentIsTakenOnThePriceBottomUp() {
        PriceProposal proposal =
                only(new PricingInput(null, new FixedMargin(d("15"), ValueUnit.PERCENT, null), null, null, null));

        // p = 204 / (1 − 0.15) = 240.00, and then indeed 36 / 240 = 15 %
        assertThat(proposal.recommendedPrice()).isEqualTo(d("240.00"));
        assertThat(proposal.margin()).isEqualTo(d("36.00"));
        assertThat(proposal.marginPercent()).isEqualTo(d("15.00"));
        assertThat(proposal.subsidyPerUnit()).isEqualByComparingTo("0");
        assertThat(proposal.totalMargin()).isEqualTo(d("36.00"));
        assertThat(proposal.explain("recommendedPrice").rule()).isEqualTo(Rule.FIXED_MARGIN_PERCENT);
    }

    @Test
    void fixedMarginPercentRoundsThePriceToCentsAndRecomputesTheMarginFromIt() {
        PriceProposal proposal =
                only(new PricingInput(null, new FixedMargin(d("30"), ValueUnit.PERCENT, null), null, null, null));

        // p = 204 / 0.7 = 291.428571… -> 291.43; margin 87.43; 87.43 / 291.43 = 30.0003 % -> 30.00
        assertThat(proposal.recommendedPrice()).isEqualTo(d("291.43"));
        assertThat(proposal.margin()).isEqualTo(d("87.43"));
        assertThat(proposal.marginPercent()).isEqualTo(d("30.00"));
    }

    @Test
    void fixedMarginAmountIsAddedToTheUnitCost() {
        PriceProposal proposal =
                only(new PricingInput(null, new FixedMargin(d("40"), ValueUnit.AMOUNT, d("5")), null, null, null));

        assertThat(proposal.recommendedPrice()).isEqualTo(d("244.00"));
        assertThat(proposal.marginPercent()).isEqualTo(d("16.39")); // 40 / 244 = 16.393…
        assertThat(proposal.totalMargin()).isEqualTo(d("45.00"));
        assertThat(proposal.totalMarginPercent()).isEqualTo(d("18.44")); // 45 / 244 = 18.442…
    }

    @Test
    void marketAlternativesPriceAtTheChosenPosition() {
        List<MarketAlternative> market = List.of(
                new MarketAlternative("Shop A", d("230.00")),
                new MarketAlternative("Shop B", d("262.50")),
                new MarketAlternative("Shop C", d("245.00")));

        assertThat(priceAt(market, MarketPosition.LOWEST)).isEqualTo(d("230.00"));
        assertThat(priceAt(market, MarketPosition.HIGHEST)).isEqualTo(d("262.50"));
        assertThat(priceAt(market, MarketPosition.MEDIAN)).isEqualTo(d("245.00"));
        assertThat(priceAt(market, MarketPosition.AVERAGE)).isEqualTo(d("245.83")); // 737.50 / 3
        assertThat(priceAt(market, null)).isEqualTo(d("245.83"));
        List<MarketAlternative> four =
                List.of(market.get(0), market.get(1), market.get(2), new MarketAlternative("Shop D", d("250.00")));
        assertThat(priceAt(four, MarketPosition.MEDIAN)).isEqualTo(d("247.50")); // (245 + 250) / 2
    }

    private BigDecimal priceAt(List<MarketAlternative> market, MarketPosition position) {
        return only(new PricingInput(null, null, new MarketAlternatives(market, position, null), null, null))
                .recommendedPrice();
    }

    @Test
    void addedValuePutsAPremiumOnTheReferencePrice() {
        PriceProposal percent = only(new PricingInput(
                null,
                null,
                null,
                new AddedValue(d("230.00"), d("10"), ValueUnit.PERCENT, PremiumKind.SOCIAL, null),
                null));
        PriceProposal amount = only(new PricingInput(
                null,
                null,
                null,
                new AddedValue(d("230.00"), d("15.00"), ValueUnit.AMOUNT, PremiumKind.SUSTAINABILITY, null),
                null));

        assertThat(percent.recommendedPrice()).isEqualTo(d("253.00"));
        assertThat(percent.margin()).isEqualTo(d("49.00"));
        assertThat(percent.marginPercent()).isEqualTo(d("19.37")); // 49 / 253 = 19.367…
        assertThat(amount.recommendedPrice()).isEqualTo(d("245.00"));
    }

    @Test
    void roundsComputedPricesHalfEven() {
        // 0.15 × 1.10 = 0.165: half-even keeps the even cent, 0.16
        PriceProposal proposal = calculator
                .compare(
                        d("0.10"),
                        new PricingInput(
                                null,
                                null,
                                null,
                                new AddedValue(d("0.15"), d("10"), ValueUnit.PERCENT, PremiumKind.TECHNICAL, null),
                                null))
                .proposals()
                .get(0);

        assertThat(proposal.recommendedPrice()).isEqualTo(d("0.16"));
    }

    @Test
    void aPriceBelowCostShowsANegativeMargin() {
        PriceProposal proposal = only(new PricingInput(new FixedPrice(d("200"), null), null, null, null, null));

        assertThat(proposal.margin()).isEqualTo(d("-4.00"));
        assertThat(proposal.marginPercent()).isEqualTo(d("-2.00"));
    }

    @Test
    void comparesTheMethodsSideBySideAndKnowsTheChosenOne() {
        PriceComparison comparison = calculator.compare(
                UNIT_COST,
                new PricingInput(
                        new FixedPrice(d("250"), null),
                        new FixedMargin(d("15"), ValueUnit.PERCENT, null),
                        new MarketAlternatives(List.of(new MarketAlternative("A", d("230"))), null, null),
                        new AddedValue(d("230"), d("10"), ValueUnit.PERCENT, PremiumKind.STRATEGIC, null),
                        PricingMethod.FIXED_MARGIN));

        assertThat(comparison.unitCost()).isEqualTo(d("204.00"));
        assertThat(comparison.proposals()).extracting(PriceProposal::method).containsExactly(PricingMethod.values());
        assertThat(comparison.chosen())
                .get()
                .extracting(PriceProposal::recommendedPrice)
                .isEqualTo(d("240.00"));
    }

    @Test
    void explainsTheMarginPercentFromPriceAndMargin() {
        PriceProposal proposal = only(new PricingInput(new FixedPrice(d("250.00"), null), null, null, null, null));

        assertThat(proposal.explain("marginPercent").rule()).isEqualTo(Rule.MARGIN_PERCENT);
        assertThat(proposal.explain("marginPercent").inputs())
                .containsEntry("margin", "46.00")
                .containsEntry("price", "250.00");
        assertThat(proposal.explain("marginPercent").result()).isEqualTo("18.40");
    }

    @Test
    void rejectsInvalidInputByItsPath() {
        PricingInput input = new PricingInput(
                new FixedPrice(d("0"), d("-1")),
                new FixedMargin(d("100"), ValueUnit.PERCENT, null),
                new MarketAlternatives(List.of(), null, null),
                new AddedValue(d("100"), d("5"), null, null, null),
                null);

        assertThatThrownBy(() -> calculator.compare(UNIT_COST, input))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.invalidFields())
                        .extracting(CalculationInputException.InvalidField::field)
                        .containsExactly(
                                "pricing.fixedPrice.price",
                                "pricing.fixedPrice.subsidyPerUnit",
                                "pricing.fixedMargin.targetMargin",
                                "pricing.marketAlternatives.alternatives",
                                "pricing.addedValue.unit"));
    }

    @Test
    void rejectsChoosingAMethodThatIsNotFilledIn() {
        PricingInput input =
                new PricingInput(new FixedPrice(d("250"), null), null, null, null, PricingMethod.ADDED_VALUE);

        assertThatThrownBy(() -> calculator.compare(UNIT_COST, input))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.field())
                        .isEqualTo("pricing.chosenMethod"));
    }
}
