package org.weconomics.finance.calculation.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weconomics.finance.calculation.WorkedExample.HOUTHANDEL;
import static org.weconomics.finance.calculation.WorkedExample.HOUT_BV;
import static org.weconomics.finance.calculation.WorkedExample.WERKPLAATS;
import static org.weconomics.finance.calculation.WorkedExample.d;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.calculation.CalculationInputException;
import org.weconomics.finance.calculation.Rule;
import org.weconomics.finance.calculation.ValueUnit;
import org.weconomics.finance.calculation.WorkedExample;
import org.weconomics.finance.calculation.cost.CostBase;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.calculation.distribution.Incentive;
import org.weconomics.finance.calculation.distribution.IncentiveKind;

/**
 * The worked example over three years: unit cost 204 (werkplaats 119, houthandel 50, hout-bv 35), price
 * 250, subsidy 10 per unit, volumes 100 / 150 / 200, margin split equally between the two partners.
 *
 * <pre>
 * year                0         1         2         3
 * revenue             0    25,000    37,500    50,000
 * costs               0    21,900    32,100    42,300   (204 × volume + yearly lines 1,200 + 300)
 * margin              0     3,100     5,400     7,700
 * subsidy             0     1,000     1,500     2,000
 * investments     5,000     2,000         0         0   (werkplaats 5,000 before year 1, houthandel 2,000 in year 1)
 * result         −5,000     2,100     6,900     9,700
 * cumulative     −5,000    −2,900     4,000    13,700   -> break-even in year 2
 * </pre>
 */
class ProjectionCalculatorTest {

    private static final CostBase COSTS =
            new CostBase(d("204"), Map.of(WERKPLAATS, d("119"), HOUTHANDEL, d("50"), HOUT_BV, d("35")));

    private final ProjectionCalculator calculator = new ProjectionCalculator();

    private static ProjectionInput input(List<ScenarioOverride> scenarios) {
        return new ProjectionInput(
                3,
                new RevenueBase(
                        d("250"),
                        d("10"),
                        List.of(new YearVolume(1, d("100")), new YearVolume(2, d("150")), new YearVolume(3, d("200")))),
                scenarios,
                List.of(
                        new Investment(WERKPLAATS, Investment.BEFORE_YEAR_ONE, "Machines", d("5000")),
                        new Investment(HOUTHANDEL, 1, "Stock", d("2000"))),
                List.of(
                        new YearlyCostLine(WERKPLAATS, "Software licence", d("1200"), d("1")),
                        new YearlyCostLine(HOUTHANDEL, "Insurance", d("150"), d("2"))));
    }

    private static final List<ScenarioOverride> OVERRIDES = List.of(
            new ScenarioOverride(
                    Scenario.WORST,
                    d("240"),
                    null,
                    List.of(new YearVolume(1, d("50")), new YearVolume(2, d("50")), new YearVolume(3, d("50")))),
            new ScenarioOverride(Scenario.BEST, null, null, List.of(new YearVolume(3, d("400")))));

    private Projection project(DistributionRule rule) {
        return calculator.project(WorkedExample.parties(), COSTS, rule, input(OVERRIDES));
    }

    @Test
    void projectsThePartnershipYearByYear() {
        ScenarioProjection middle = project(DistributionRule.equalSplit()).scenario(Scenario.MIDDLE);

        assertThat(middle.years()).extracting(YearFigures::year).containsExactly(0, 1, 2, 3);
        assertThat(middle.years())
                .extracting(YearFigures::revenue)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0"), d("25000"), d("37500"), d("50000"));
        assertThat(middle.years())
                .extracting(YearFigures::costs)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0"), d("21900"), d("32100"), d("42300"));
        assertThat(middle.years())
                .extracting(YearFigures::margin)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0"), d("3100"), d("5400"), d("7700"));
        assertThat(middle.years())
                .extracting(YearFigures::subsidy)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("0"), d("1000"), d("1500"), d("2000"));
        assertThat(middle.years())
                .extracting(YearFigures::investments)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("5000"), d("2000"), d("0"), d("0"));
        assertThat(middle.years())
                .extracting(YearFigures::result)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("-5000"), d("2100"), d("6900"), d("9700"));
        assertThat(middle.years())
                .extracting(YearFigures::cumulativeResult)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("-5000"), d("-2900"), d("4000"), d("13700"));
        assertThat(middle.breakEvenYear()).isEqualTo(2);
        assertThat(middle.price()).isEqualByComparingTo("250");
    }

    @Test
    void projectsEveryPartyWithItsShareOfMarginAndSubsidy() {
        ScenarioProjection middle = project(DistributionRule.equalSplit()).scenario(Scenario.MIDDLE);
        PartyYearFigures werkplaats = middle.party(WERKPLAATS).year(1);
        PartyYearFigures houthandel = middle.party(HOUTHANDEL).year(1);
        PartyYearFigures houtBv = middle.party(HOUT_BV).year(1);

        // werkplaats: costs 119 × 100 + 1,200; half of the margin 3,100 and of the subsidy 1,000
        assertThat(werkplaats.costs()).isEqualByComparingTo("13100");
        assertThat(werkplaats.margin()).isEqualByComparingTo("1550");
        assertThat(werkplaats.revenue()).isEqualByComparingTo("14650");
        assertThat(werkplaats.subsidy()).isEqualByComparingTo("500");
        assertThat(werkplaats.result()).isEqualByComparingTo("2050");
        assertThat(werkplaats.cumulativeResult()).isEqualByComparingTo("-2950"); // after 5,000 before year 1
        // houthandel: costs 50 × 100 + 2 × 150; invests 2,000 in year 1
        assertThat(houthandel.costs()).isEqualByComparingTo("5300");
        assertThat(houthandel.result()).isEqualByComparingTo("50");
        // the external supplier is paid its costs and shares nothing
        assertThat(houtBv.revenue()).isEqualByComparingTo("3500");
        assertThat(houtBv.margin()).isEqualByComparingTo("0");
        assertThat(houtBv.result()).isEqualByComparingTo("0");

        assertThat(middle.party(WERKPLAATS).breakEvenYear()).isEqualTo(2); // −2,950 + 2,700 + 750 = 500
        assertThat(middle.party(HOUTHANDEL).breakEvenYear()).isEqualTo(1);
        assertThat(middle.party(HOUT_BV).breakEvenYear()).isEqualTo(1);
    }

    @Test
    void theWorstCaseOverridesPriceAndVolumesAndNeverBreaksEven() {
        ScenarioProjection worst = project(DistributionRule.equalSplit()).scenario(Scenario.WORST);

        // year 1: revenue 240 × 50 = 12,000; costs 204 × 50 + 1,500 = 11,700; margin 300; subsidy 500
        YearFigures year1 = worst.year(1);
        assertThat(year1.revenue()).isEqualByComparingTo("12000");
        assertThat(year1.costs()).isEqualByComparingTo("11700");
        assertThat(year1.totalMargin()).isEqualByComparingTo("800");
        assertThat(worst.years())
                .extracting(YearFigures::cumulativeResult)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(d("-5000"), d("-6200"), d("-5400"), d("-4600"));
        assertThat(worst.breakEvenYear()).isNull();
        assertThat(worst.explain("breakEvenYear").note()).contains("no year");
        assertThat(worst.explain("price").inputs()).containsEntry("overridden", "true");
    }

    @Test
    void aScenarioOverridesOnlyWhatItNames() {
        Projection projection = project(DistributionRule.equalSplit());
        ScenarioProjection best = projection.scenario(Scenario.BEST);
        ScenarioProjection middle = projection.scenario(Scenario.MIDDLE);

        assertThat(best.year(1).revenue()).isEqualTo(middle.year(1).revenue());
        assertThat(best.year(2).revenue()).isEqualTo(middle.year(2).revenue());
        assertThat(best.year(3).revenue()).isEqualByComparingTo("100000");
        assertThat(best.year(3).margin()).isEqualByComparingTo("16900"); // 100,000 − (204 × 400 + 1,500)
        assertThat(best.price()).isEqualByComparingTo("250");
        assertThat(best.year(3).explain("volume").inputs()).containsEntry("overridden", "true");
        assertThat(best.year(2).explain("volume").inputs()).containsEntry("overridden", "false");
    }

    @Test
    void byCostContributionTheMarginFollowsThePartnersCosts() {
        ScenarioProjection middle =
                project(DistributionRule.byCostContribution()).scenario(Scenario.MIDDLE);

        // 3,100 × 119/169 = 2,182.8402…, 3,100 × 50/169 = 917.1597…; 1,000 × 119/169 = 704.1420…
        assertThat(middle.party(WERKPLAATS).year(1).margin()).isEqualTo(d("2182.84"));
        assertThat(middle.party(HOUTHANDEL).year(1).margin()).isEqualTo(d("917.16"));
        assertThat(middle.party(WERKPLAATS).year(1).subsidy()).isEqualTo(d("704.14"));
        assertThat(middle.party(HOUTHANDEL).year(1).subsidy()).isEqualTo(d("295.86"));
        assertThat(middle.party(HOUTHANDEL).year(1).explain("margin").rule()).isEqualTo(Rule.PARTY_MARGIN_SHARE);
    }

    @Test
    void explainsYearFiguresFromTheirInputs() {
        YearFigures year1 =
                project(DistributionRule.equalSplit()).scenario(Scenario.MIDDLE).year(1);

        assertThat(year1.explain("revenue").inputs())
                .containsEntry("price", "250")
                .containsEntry("volume", "100");
        assertThat(year1.explain("costs").inputs()).containsEntry(WERKPLAATS, "13100.00");
        assertThat(year1.explain("cumulativeResult").inputs()).containsEntry("previousCumulativeResult", "-5000.00");
    }

    @Test
    void listsTheYearlyCostLinesWithTheirProjectCost() {
        YearlyCostSheet sheet = project(DistributionRule.equalSplit()).yearlyCosts();

        assertThat(sheet.party(HOUTHANDEL).lines()).singleElement().satisfies(line -> {
            assertThat(line.item()).isEqualTo("Insurance");
            assertThat(line.projectCost()).isEqualTo(d("300.00"));
        });
        assertThat(sheet.party(WERKPLAATS).total()).isEqualTo(d("1200.00"));
        assertThat(sheet.party(HOUT_BV).lines()).isEmpty();
        assertThat(sheet.total()).isEqualTo(d("1500.00"));
    }

    @Test
    void namesTheYearAndScenarioWhereTheDistributionRuleCannotBeMet() {
        DistributionRule rule = DistributionRule.equalSplit()
                .withIncentives(
                        List.of(new Incentive(WERKPLAATS, IncentiveKind.FOUNDER_FEE, d("2000"), ValueUnit.AMOUNT)));

        // the worst case's margin of 300 in year 1 cannot pay a founder fee of 2,000
        assertThatThrownBy(() -> project(rule)).isInstanceOfSatisfying(CalculationInputException.class, e -> {
            assertThat(e.field()).isEqualTo("distribution.incentives");
            assertThat(e.reason()).contains("year 1 of the worst scenario");
        });
    }

    @Test
    void rejectsInvalidProjectionInputByPath() {
        ProjectionInput invalid = new ProjectionInput(
                3,
                new RevenueBase(null, d("-1"), List.of(new YearVolume(1, d("100")), new YearVolume(2, d("-5")))),
                List.of(
                        new ScenarioOverride(Scenario.BEST, null, null, List.of(new YearVolume(4, d("1")))),
                        new ScenarioOverride(Scenario.BEST, d("0"), null, List.of())),
                List.of(new Investment("nobody", 4, "x", d("1"))),
                List.of(new YearlyCostLine(WERKPLAATS, "", d("1"), d("-1"))));

        assertThatThrownBy(() -> calculator.project(WorkedExample.parties(), COSTS, null, invalid))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.invalidFields())
                        .extracting(CalculationInputException.InvalidField::field)
                        .containsExactly(
                                "projection.revenue.price",
                                "projection.revenue.subsidyPerUnit",
                                "projection.revenue.volumes[1].volume",
                                "projection.revenue.volumes",
                                "projection.scenarios[0].volumes[0].year",
                                "projection.scenarios[1].scenario",
                                "projection.scenarios[1].price",
                                "projection.investments[0].partyId",
                                "projection.investments[0].year",
                                "projection.yearlyCosts[0].item",
                                "projection.yearlyCosts[0].quantity"));
    }

    @Test
    void rejectsAHorizonOutsideOneToFifty() {
        ProjectionInput input =
                new ProjectionInput(0, new RevenueBase(d("1"), null, List.of()), List.of(), List.of(), List.of());

        assertThatThrownBy(() -> calculator.project(WorkedExample.parties(), COSTS, null, input))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.field())
                        .isEqualTo("projection.horizonYears"));
    }
}
