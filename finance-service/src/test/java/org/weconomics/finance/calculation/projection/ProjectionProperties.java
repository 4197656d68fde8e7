package org.weconomics.finance.calculation.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.weconomics.finance.calculation.WorkedExample;
import org.weconomics.finance.calculation.cost.CostBase;
import org.weconomics.finance.calculation.distribution.DistributionRule;

class ProjectionProperties {

    private static final List<String> PARTIES =
            List.of(WorkedExample.WERKPLAATS, WorkedExample.HOUTHANDEL, WorkedExample.HOUT_BV);

    private final ProjectionCalculator calculator = new ProjectionCalculator();

    record Case(CostBase costs, DistributionRule rule, ProjectionInput input) {}

    @Property(tries = 300)
    void scenariosWithoutOverridesEqualTheBase(@ForAll("cases") Case c) {
        Projection projection = calculator.project(WorkedExample.parties(), c.costs(), c.rule(), c.input());
        ProjectionInput repeatingTheBase = new ProjectionInput(
                c.input().horizonYears(),
                c.input().revenue(),
                List.of(new ScenarioOverride(
                        Scenario.BEST,
                        c.input().revenue().price(),
                        c.input().revenue().subsidyPerUnit(),
                        c.input().revenue().volumes())),
                c.input().investments(),
                c.input().yearlyCosts());
        Projection repeated = calculator.project(WorkedExample.parties(), c.costs(), c.rule(), repeatingTheBase);

        List<List<BigDecimal>> base = figures(projection.scenario(Scenario.MIDDLE));
        assertThat(figures(projection.scenario(Scenario.BEST))).isEqualTo(base);
        assertThat(figures(projection.scenario(Scenario.WORST))).isEqualTo(base);
        assertThat(figures(repeated.scenario(Scenario.BEST))).isEqualTo(base);
        assertThat(projection.scenario(Scenario.BEST).breakEvenYear())
                .isEqualTo(projection.scenario(Scenario.MIDDLE).breakEvenYear());
    }

    @Property(tries = 300)
    void everyYearThePartiesAddUpToThePartnership(@ForAll("cases") Case c) {
        Projection projection = calculator.project(WorkedExample.parties(), c.costs(), c.rule(), c.input());

        for (ScenarioProjection scenario : projection.scenarios()) {
            for (YearFigures year : scenario.years()) {
                int y = year.year();
                assertThat(sum(scenario, y, PartyYearFigures::revenue)).isEqualByComparingTo(year.revenue());
                assertThat(sum(scenario, y, PartyYearFigures::costs)).isEqualByComparingTo(year.costs());
                assertThat(sum(scenario, y, PartyYearFigures::margin)).isEqualByComparingTo(year.margin());
                assertThat(sum(scenario, y, PartyYearFigures::subsidy)).isEqualByComparingTo(year.subsidy());
                assertThat(sum(scenario, y, PartyYearFigures::investments)).isEqualByComparingTo(year.investments());
                assertThat(sum(scenario, y, PartyYearFigures::result)).isEqualByComparingTo(year.result());
                assertThat(sum(scenario, y, PartyYearFigures::cumulativeResult))
                        .isEqualByComparingTo(year.cumulativeResult());
            }
        }
    }

    @Property(tries = 300)
    void theCumulativeResultRunsOnAndBreakEvenIsTheFirstYearItReachesZero(@ForAll("cases") Case c) {
        Projection projection = calculator.project(WorkedExample.parties(), c.costs(), c.rule(), c.input());

        for (ScenarioProjection scenario : projection.scenarios()) {
            BigDecimal running = BigDecimal.ZERO;
            Integer firstAtZero = null;
            for (YearFigures year : scenario.years()) {
                assertThat(year.margin()).isEqualByComparingTo(year.revenue().subtract(year.costs()));
                assertThat(year.result())
                        .isEqualByComparingTo(year.margin().add(year.subsidy()).subtract(year.investments()));
                running = running.add(year.result());
                assertThat(year.cumulativeResult()).isEqualByComparingTo(running);
                if (firstAtZero == null && year.year() >= 1 && running.signum() >= 0) {
                    firstAtZero = year.year();
                }
            }
            assertThat(scenario.breakEvenYear()).isEqualTo(firstAtZero);
        }
    }

    private static BigDecimal sum(
            ScenarioProjection scenario, int year, Function<PartyYearFigures, BigDecimal> figure) {
        return scenario.parties().stream()
                .map(p -> figure.apply(p.year(year)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every figure of a scenario, without the explanations, which name the scenario. */
    private static List<List<BigDecimal>> figures(ScenarioProjection scenario) {
        List<List<BigDecimal>> all = new ArrayList<>();
        all.add(List.of(scenario.price(), scenario.subsidyPerUnit()));
        for (YearFigures y : scenario.years()) {
            all.add(List.of(
                    y.volume(),
                    y.revenue(),
                    y.costs(),
                    y.margin(),
                    y.subsidy(),
                    y.totalMargin(),
                    y.investments(),
                    y.result(),
                    y.cumulativeResult()));
        }
        for (PartyProjection party : scenario.parties()) {
            for (PartyYearFigures y : party.years()) {
                all.add(List.of(
                        y.revenue(),
                        y.costs(),
                        y.margin(),
                        y.subsidy(),
                        y.investments(),
                        y.result(),
                        y.cumulativeResult()));
            }
        }
        return all;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100000"))
                .ofScale(2);
        Arbitrary<BigDecimal> unitCosts = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("500"))
                .ofScale(4);
        return Arbitraries.integers().between(1, 8).flatMap(horizon -> Combinators.combine(
                        unitCosts.list().ofSize(3),
                        Arbitraries.of(DistributionRule.equalSplit(), DistributionRule.byCostContribution()),
                        Arbitraries.bigDecimals()
                                .between(new BigDecimal("0.01"), new BigDecimal("1000"))
                                .ofScale(2),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("50"))
                                .ofScale(3),
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("5000"))
                                .ofScale(1)
                                .list()
                                .ofSize(horizon),
                        Combinators.combine(
                                        Arbitraries.of(PARTIES),
                                        Arbitraries.integers().between(0, horizon),
                                        money)
                                .as((party, year, amount) -> new Investment(party, year, "item", amount))
                                .list()
                                .ofMaxSize(5),
                        Combinators.combine(
                                        Arbitraries.of(PARTIES),
                                        unitCosts,
                                        Arbitraries.integers().between(0, 20))
                                .as((party, cost, quantity) ->
                                        new YearlyCostLine(party, "line", cost, BigDecimal.valueOf(quantity)))
                                .list()
                                .ofMaxSize(4))
                .as((costs, rule, price, subsidy, volumes, investments, lines) -> {
                    Map<String, BigDecimal> byParty = new LinkedHashMap<>();
                    for (int i = 0; i < PARTIES.size(); i++) {
                        // a partner always has some cost, so the cost-contribution key has something to divide by
                        byParty.put(PARTIES.get(i), i == 0 ? costs.get(i).add(BigDecimal.ONE) : costs.get(i));
                    }
                    List<YearVolume> yearVolumes = new ArrayList<>();
                    for (int year = 1; year <= horizon; year++) {
                        yearVolumes.add(new YearVolume(year, volumes.get(year - 1)));
                    }
                    return new Case(
                            new CostBase(byParty.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), byParty),
                            rule,
                            new ProjectionInput(
                                    horizon,
                                    new RevenueBase(price, subsidy, yearVolumes),
                                    List.of(),
                                    investments,
                                    lines));
                }));
    }
}
