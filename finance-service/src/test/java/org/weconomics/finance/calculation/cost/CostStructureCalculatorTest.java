package org.weconomics.finance.calculation.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.weconomics.finance.calculation.WorkedExample.HOUTHANDEL;
import static org.weconomics.finance.calculation.WorkedExample.HOUT_BV;
import static org.weconomics.finance.calculation.WorkedExample.WERKPLAATS;
import static org.weconomics.finance.calculation.WorkedExample.d;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.calculation.CalculationInputException;
import org.weconomics.finance.calculation.Rule;
import org.weconomics.finance.calculation.WorkedExample;

class CostStructureCalculatorTest {

    private final CostStructureCalculator calculator = new CostStructureCalculator();

    private final CostStructure structure = calculator.calculate(WorkedExample.parties(), WorkedExample.valueChain());

    @Test
    void costsEverySubActionAsCostPerUnitTimesQuantityPerCustomer() {
        ActivityCost intake = structure.activities().get(0);

        assertThat(intake.subActions()).extracting(SubActionCost::totalCost).containsExactly(d("45.00"), d("60.00"));
        assertThat(intake.subActions()).extracting(SubActionCost::partyId).containsOnly(WERKPLAATS);
        assertThat(intake.totalCostPerUnit()).isEqualTo(d("75.00"));
        assertThat(intake.totalCost()).isEqualTo(d("105.00"));
    }

    @Test
    void aSubActionMayBeCarriedByAnotherPartyThanItsActivity() {
        ActivityCost production = structure.activities().get(1);

        assertThat(production.subActions()).extracting(SubActionCost::partyId).containsExactly(HOUTHANDEL, HOUT_BV);
        assertThat(production.totalCost()).isEqualTo(d("85.00"));
    }

    @Test
    void sumsPerPartyWithCostSharesThatAddUpToAHundred() {
        PartyCost werkplaats = structure.party(WERKPLAATS);
        PartyCost houthandel = structure.party(HOUTHANDEL);
        PartyCost houtBv = structure.party(HOUT_BV);

        assertThat(werkplaats.costPerUnit()).isEqualTo(d("75.35"));
        assertThat(werkplaats.totalCost()).isEqualTo(d("119.00"));
        assertThat(werkplaats.costSharePercent()).isEqualTo(d("58.33"));
        assertThat(houthandel.totalCost()).isEqualTo(d("50.00"));
        assertThat(houthandel.costSharePercent()).isEqualTo(d("24.51"));
        assertThat(houtBv.totalCost()).isEqualTo(d("35.00"));
        assertThat(houtBv.costSharePercent()).isEqualTo(d("17.16"));
    }

    @Test
    void theTotalIsTheUnitCostOfServingOneCustomer() {
        assertThat(structure.totalCostPerUnit()).isEqualTo(d("96.60"));
        assertThat(structure.totalCost()).isEqualTo(d("204.00"));
        assertThat(structure.costBase().unitCost()).isEqualByComparingTo("204");
        assertThat(structure.costBase().costPerCustomerByParty()).containsKeys(WERKPLAATS, HOUTHANDEL, HOUT_BV);
        assertThat(structure.costBase().costPerCustomer(HOUTHANDEL)).isEqualByComparingTo("50");
    }

    @Test
    void keepsOrphanedActivitiesVisibleButCountsThemNowhereElse() {
        assertThat(structure.activities())
                .extracting(ActivityCost::activityId)
                .containsExactly("intake", "production", "delivery");
        assertThat(structure.orphanedActivities()).singleElement().satisfies(marketing -> {
            assertThat(marketing.activityId()).isEqualTo("marketing");
            assertThat(marketing.orphaned()).isTrue();
            assertThat(marketing.totalCost()).isEqualTo(d("12.50"));
        });
        assertThat(structure.orphanedTotalCost()).isEqualTo(d("12.50"));
        assertThat(structure.party(HOUTHANDEL).totalCost()).isEqualTo(d("50.00"));
    }

    @Test
    void anOrphanedActivityMayNameAPartyThatHasLeft() {
        List<Activity> chain = List.of(
                Activity.of("a", "A", WERKPLAATS, List.of(new SubAction("s", "S", null, d("1"), d("1")))),
                new Activity("old", "Old", "gone", true, List.of(new SubAction("s", "S", null, d("2"), d("1")))));

        CostStructure result = calculator.calculate(WorkedExample.parties(), chain);

        assertThat(result.orphanedActivities().get(0).subActions().get(0).partyId())
                .isEqualTo("gone");
        assertThat(result.totalCost()).isEqualTo(d("1.00"));
    }

    @Test
    void roundsSubCentFiguresForDisplayButKeepsThemExactInTheCostBase() {
        List<Activity> chain = List.of(Activity.of(
                "energy",
                "Energy",
                WERKPLAATS,
                List.of(
                        new SubAction("kwh", "Electricity", null, d("0.0345"), d("12")),
                        new SubAction("kwh2", "Electricity night", null, d("0.0345"), d("12")))));

        CostStructure result = calculator.calculate(WorkedExample.parties(), chain);

        // 0.414 each: shown as 0.41, but the total is 0.828 -> 0.83, not 0.41 + 0.41
        assertThat(result.activities().get(0).subActions().get(0).totalCost()).isEqualTo(d("0.41"));
        assertThat(result.totalCost()).isEqualTo(d("0.83"));
        assertThat(result.costBase().unitCost()).isEqualByComparingTo("0.828");
        assertThat(result.activities()
                        .get(0)
                        .subActions()
                        .get(0)
                        .explain("totalCost")
                        .note())
                .contains("exactly 0.4140");
    }

    @Test
    void hasNoCostSharesWhenNothingCostsAnything() {
        CostStructure empty = calculator.calculate(WorkedExample.parties(), List.of());

        assertThat(empty.totalCost()).isEqualTo(d("0.00"));
        assertThat(empty.parties()).extracting(PartyCost::costSharePercent).containsOnlyNulls();
    }

    @Test
    void explainsEveryPartyFigureWithItsInputs() {
        PartyCost werkplaats = structure.party(WERKPLAATS);

        assertThat(werkplaats.explain("totalCost").rule()).isEqualTo(Rule.PARTY_TOTAL_COST);
        assertThat(werkplaats.explain("totalCost").inputs())
                .containsKeys("intake/call", "intake/analysis", "delivery/transport");
        assertThat(werkplaats.explain("costSharePercent").inputs())
                .containsEntry("partyTotalCost", "119.00")
                .containsEntry("totalCost", "204.00");
        assertThat(structure
                        .activities()
                        .get(2)
                        .subActions()
                        .get(0)
                        .explain("totalCost")
                        .inputs())
                .containsEntry("costPerUnit", "0.35")
                .containsEntry("quantityPerCustomer", "40");
    }

    @Test
    void rejectsNegativeQuantitiesAndUnknownPartiesByTheirPath() {
        List<Activity> chain = List.of(
                Activity.of(
                        "a",
                        "A",
                        WERKPLAATS,
                        List.of(
                                new SubAction("s1", "S1", null, d("1"), d("-1")),
                                new SubAction("s2", "S2", "nobody", d("-0.01"), d("1")))),
                Activity.of("b", "B", null, List.of(new SubAction("s", "S", null, d("1"), d("1")))));

        assertThatThrownBy(() -> calculator.calculate(WorkedExample.parties(), chain))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.invalidFields())
                        .extracting(CalculationInputException.InvalidField::field)
                        .containsExactly(
                                "valueChain[0].subActions[0].quantityPerCustomer",
                                "valueChain[0].subActions[1].costPerUnit",
                                "valueChain[0].subActions[1].carriedBy",
                                "valueChain[1].subActions[0].carriedBy"));
    }

    @Test
    void rejectsDuplicateIds() {
        List<Activity> chain = List.of(
                Activity.of(
                        "a",
                        "A",
                        WERKPLAATS,
                        List.of(
                                new SubAction("s", "S", null, d("1"), d("1")),
                                new SubAction("s", "S again", null, d("1"), d("1")))),
                Activity.of("a", "A again", WERKPLAATS, List.of()));

        assertThatThrownBy(() -> calculator.calculate(WorkedExample.parties(), chain))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.invalidFields())
                        .extracting(CalculationInputException.InvalidField::field)
                        .containsExactly("valueChain[0].subActions[1].id", "valueChain[1].id"));
    }
}
