package org.weconomics.finance.calculation.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.statistics.Statistics;
import org.weconomics.finance.calculation.Parties;
import org.weconomics.finance.calculation.Party;
import org.weconomics.finance.calculation.ValueUnit;
import org.weconomics.finance.calculation.arithmetic.LargestRemainder;
import org.weconomics.finance.calculation.cost.CostBase;

class MarginDistributionProperties {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private final MarginDistributor distributor = new MarginDistributor();

    /** A total and a rule that can be met: floors and incentives leave room, one partner has no cap. */
    record Case(BigDecimal total, Parties parties, CostBase costs, DistributionRule rule) {}

    @Property
    void thePartsAlwaysAddUpToTheTotalAndRespectFloorsCapsAndIncentives(@ForAll("feasibleCases") Case c) {
        MarginDistribution distribution = distributor.distribute(c.total(), c.parties(), c.costs(), c.rule());

        assertThat(distribution.shares().stream().map(PartyShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(c.total());
        assertThat(distribution.incentives().add(distribution.keyPot())).isEqualByComparingTo(c.total());
        for (PartyShare share : distribution.shares()) {
            assertThat(share.amount()).isEqualByComparingTo(share.incentive().add(share.keyShare()));
            assertThat(share.keyShare().signum()).isGreaterThanOrEqualTo(0);
            for (ShareBound bound : c.rule().bounds()) {
                if (bound.partyId().equals(share.partyId())) {
                    if (bound.floor() != null) {
                        assertThat(share.amount()).isGreaterThanOrEqualTo(bound.floor());
                    }
                    if (bound.cap() != null) {
                        assertThat(share.amount()).isLessThanOrEqualTo(bound.cap());
                    }
                }
            }
        }
        if (c.total().signum() > 0) {
            assertThat(distribution.shares().stream()
                            .map(PartyShare::percentOfTotal)
                            .reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("100");
        }
        // the generator must really exercise floors and caps, not just allow them
        Statistics.label("floor held")
                .collect(distribution.shares().stream().anyMatch(s -> s.bound() == BoundApplied.FLOOR));
        Statistics.label("cap held")
                .collect(distribution.shares().stream().anyMatch(s -> s.bound() == BoundApplied.CAP));
        Statistics.label("floor held").coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
        Statistics.label("cap held").coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
    }

    @Property
    void aLossIsSharedInFullToo(@ForAll("feasibleCases") Case c) {
        BigDecimal loss = c.total().negate();

        MarginDistribution distribution = distributor.distribute(loss, c.parties(), c.costs(), c.rule());

        assertThat(distribution.shares().stream().map(PartyShare::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(loss);
    }

    @Property
    void anEqualSplitDiffersByAtMostOneCentAndTheFirstListedGetTheExtraCents(
            @ForAll @BigRange(min = "-100000", max = "100000") @Scale(2) BigDecimal total,
            @ForAll @IntRange(min = 1, max = 9) int partnerCount) {
        Parties parties = partners(partnerCount);

        List<BigDecimal> amounts =
                distributor.distribute(total, parties, null, DistributionRule.equalSplit()).shares().stream()
                        .map(PartyShare::amount)
                        .toList();

        for (int i = 1; i < amounts.size(); i++) {
            BigDecimal step = amounts.get(i - 1).subtract(amounts.get(i));
            assertThat(step).isBetween(BigDecimal.ZERO, CENT);
        }
        assertThat(amounts.get(0).subtract(amounts.get(amounts.size() - 1))).isLessThanOrEqualTo(CENT);
    }

    @Property
    void withoutIncentivesOrBoundsEveryPartIsWithinACentOfItsExactShare(@ForAll("feasibleCases") Case c) {
        DistributionRule keyOnly =
                new DistributionRule(c.rule().key(), c.rule().fixedPercentages(), List.of(), List.of());

        MarginDistribution distribution = distributor.distribute(c.total(), c.parties(), c.costs(), keyOnly);

        DistributionKeyShares key = distributor.keyShares(c.parties(), c.costs(), keyOnly);
        BigDecimal weightSum =
                key.parties().stream().map(PartyKeyShare::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < distribution.shares().size(); i++) {
            BigDecimal exact =
                    c.total().multiply(key.parties().get(i).weight()).divide(weightSum, 10, RoundingMode.HALF_EVEN);
            assertThat(distribution.shares().get(i).amount().subtract(exact).abs())
                    .isLessThan(CENT);
        }
    }

    @Provide
    Arbitrary<Case> feasibleCases() {
        return Arbitraries.integers().between(1, 6).flatMap(n -> Combinators.combine(
                        Arbitraries.bigDecimals()
                                .between(BigDecimal.ZERO, new BigDecimal("1000000"))
                                .ofScale(2),
                        Arbitraries.of(DistributionKey.values()),
                        Arbitraries.integers().between(0, 1000).list().ofSize(n),
                        Arbitraries.integers().between(0, 30).list().ofSize(n),
                        Arbitraries.integers().between(0, 100).list().ofSize(n),
                        Arbitraries.integers().between(-1, 1000).list().ofSize(n))
                .as((total, key, rawWeights, rawIncentives, rawFloors, rawCaps) ->
                        buildCase(n, total, key, rawWeights, rawIncentives, rawFloors, rawCaps)));
    }

    private static Case buildCase(
            int n,
            BigDecimal total,
            DistributionKey key,
            List<Integer> rawWeights,
            List<Integer> rawIncentives,
            List<Integer> rawFloors,
            List<Integer> rawCaps) {
        Parties parties = partners(n);
        List<BigDecimal> weights = new ArrayList<>();
        Map<String, BigDecimal> costs = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            // the first partner always has weight and no cap, so whatever the caps refuse has a place to go
            BigDecimal weight = BigDecimal.valueOf(i == 0 ? Math.max(1, rawWeights.get(i)) : rawWeights.get(i));
            weights.add(weight);
            costs.put("p" + i, weight);
        }
        List<BigDecimal> percents = LargestRemainder.allocateByWeights(new BigDecimal("100.00"), weights, 2);
        List<PartyPercentage> fixed = new ArrayList<>();
        List<Incentive> incentives = new ArrayList<>();
        List<ShareBound> bounds = new ArrayList<>();
        BigDecimal threePercent = total.multiply(new BigDecimal("0.03")).setScale(2, RoundingMode.CEILING);
        for (int i = 0; i < n; i++) {
            fixed.add(new PartyPercentage("p" + i, percents.get(i)));
            int incentive = rawIncentives.get(i);
            if (incentive > 0 && i % 2 == 0) { // up to 3 % of the total
                incentives.add(new Incentive(
                        "p" + i,
                        IncentiveKind.FOUNDER_FEE,
                        BigDecimal.valueOf(incentive).movePointLeft(1),
                        ValueUnit.PERCENT));
            } else if (incentive > 0) { // up to 3 % of the total, as an amount
                incentives.add(new Incentive(
                        "p" + i,
                        IncentiveKind.ENTREPRENEURIAL_RISK,
                        total.multiply(BigDecimal.valueOf(incentive))
                                .movePointLeft(3)
                                .setScale(2, RoundingMode.FLOOR),
                        ValueUnit.AMOUNT));
            }
            // up to 13.3 % of the total each, so at most 80 % together: the incentives leave at least 82 %
            BigDecimal floor = total.multiply(BigDecimal.valueOf(rawFloors.get(i)))
                    .divide(new BigDecimal("750"), 2, RoundingMode.FLOOR);
            BigDecimal cap = i == 0 || rawCaps.get(i) < 0
                    ? null
                    : floor.add(threePercent)
                            .add(CENT)
                            .add(total.multiply(BigDecimal.valueOf(rawCaps.get(i)))
                                    .movePointLeft(3)
                                    .setScale(2, RoundingMode.FLOOR));
            bounds.add(new ShareBound("p" + i, rawFloors.get(i) == 0 ? null : floor, cap));
        }
        DistributionRule rule = new DistributionRule(key, fixed, incentives, bounds);
        return new Case(
                total,
                parties,
                new CostBase(costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), costs),
                rule);
    }

    private static Parties partners(int n) {
        List<Party> partners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            partners.add(Party.partner("p" + i, "Partner " + i));
        }
        return Parties.of(partners);
    }
}
