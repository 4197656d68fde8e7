package org.weconomics.finance.calculation.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.weconomics.finance.calculation.WorkedExample;

class CostStructureProperties {

    private static final List<String> PARTIES =
            List.of(WorkedExample.WERKPLAATS, WorkedExample.HOUTHANDEL, WorkedExample.HOUT_BV);

    @Property
    void costSharesAddUpToExactlyAHundredWheneverThereIsACost(@ForAll("valueChains") List<Activity> chain) {
        CostStructure structure = new CostStructureCalculator().calculate(WorkedExample.parties(), chain);

        if (structure.costBase().unitCost().signum() > 0) {
            assertThat(structure.parties().stream()
                            .map(PartyCost::costSharePercent)
                            .reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("100");
        }
    }

    @Property
    void theUnitCostIsTheExactSumOfEveryCurrentSubActionAndOfThePartiesCosts(
            @ForAll("valueChains") List<Activity> chain) {
        CostStructure structure = new CostStructureCalculator().calculate(WorkedExample.parties(), chain);

        BigDecimal bySubAction = chain.stream()
                .filter(a -> !a.orphaned())
                .flatMap(a -> a.subActions().stream())
                .map(s -> s.costPerUnit().multiply(s.quantityPerCustomer()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal byParty = structure.costBase().costPerCustomerByParty().values().stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(structure.costBase().unitCost())
                .isEqualByComparingTo(bySubAction)
                .isEqualByComparingTo(byParty);
    }

    @Provide
    Arbitrary<List<Activity>> valueChains() {
        Arbitrary<SubAction> subActions = Combinators.combine(
                        Arbitraries.of(PARTIES),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("5000"))
                                .ofScale(4),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("100"))
                                .ofScale(2))
                .as((party, cost, quantity) -> new SubAction("id", "step", party, cost, quantity));
        Arbitrary<Activity> activities = Combinators.combine(
                        subActions.list().ofMaxSize(4), Arbitraries.of(true, false, false, false))
                .as((steps, orphaned) -> new Activity("id", "activity", null, orphaned, renumber(steps)));
        return activities.list().ofMaxSize(6).map(CostStructureProperties::renumberActivities);
    }

    private static List<SubAction> renumber(List<SubAction> steps) {
        List<SubAction> numbered = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            SubAction s = steps.get(i);
            numbered.add(new SubAction("s" + i, s.name(), s.carriedBy(), s.costPerUnit(), s.quantityPerCustomer()));
        }
        return numbered;
    }

    private static List<Activity> renumberActivities(List<Activity> activities) {
        List<Activity> numbered = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            numbered.add(new Activity("a" + i, a.name(), a.carriedBy(), a.orphaned(), a.subActions()));
        }
        return numbered;
    }
}
