package org.weconomics.finance.calculation.distribution;

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
import org.weconomics.finance.calculation.Parties;
import org.weconomics.finance.calculation.Party;
import org.weconomics.finance.calculation.Rule;
import org.weconomics.finance.calculation.ValueUnit;
import org.weconomics.finance.calculation.WorkedExample;
import org.weconomics.finance.calculation.cost.CostBase;

class MarginDistributorTest {

    /** The worked example: werkplaats carries 119.00, houthandel 50.00, the external hout-bv 35.00. */
    private static final CostBase COSTS =
            new CostBase(d("204"), Map.of(WERKPLAATS, d("119"), HOUTHANDEL, d("50"), HOUT_BV, d("35")));

    private static final Parties FOUR = Parties.of(List.of(
            Party.partner("a", "A"), Party.partner("b", "B"), Party.partner("c", "C"), Party.partner("d", "D")));
    private static final CostBase NO_COSTS = new CostBase(BigDecimal.ZERO, Map.of());

    private final MarginDistributor distributor = new MarginDistributor();

    private static List<BigDecimal> amounts(MarginDistribution distribution) {
        return distribution.shares().stream().map(PartyShare::amount).toList();
    }

    @Test
    void theFiftyPercentRuleSplitsAnOddCentInFavourOfThePartnerListedFirst() {
        MarginDistribution distribution =
                distributor.distribute(d("100.01"), WorkedExample.parties(), COSTS, DistributionRule.equalSplit());

        assertThat(distribution.shares()).extracting(PartyShare::partyId).containsExactly(WERKPLAATS, HOUTHANDEL);
        assertThat(amounts(distribution)).containsExactly(d("50.01"), d("50.00"));
        assertThat(distribution.shares())
                .extracting(PartyShare::percentOfTotal)
                .containsExactly(d("50.00"), d("50.00"));
    }

    @Test
    void anEqualSplitInThreeGivesTheLeftOverCentToTheFirst() {
        Parties three = Parties.of(List.of(Party.partner("a", "A"), Party.partner("b", "B"), Party.partner("c", "C")));

        MarginDistribution distribution =
                distributor.distribute(d("100.00"), three, NO_COSTS, DistributionRule.equalSplit());

        assertThat(amounts(distribution)).containsExactly(d("33.34"), d("33.33"), d("33.33"));
        assertThat(distribution.shares())
                .extracting(PartyShare::percentOfTotal)
                .containsExactly(d("33.34"), d("33.33"), d("33.33"));
    }

    @Test
    void byCostContributionDividesAmongThePartnersByTheirCostsOnly() {
        // 46 × 119/169 = 32.3905…, 46 × 50/169 = 13.6094…: the left-over cent goes to the larger remainder
        MarginDistribution distribution = distributor.distribute(d("46.00"), WorkedExample.parties(), COSTS, null);

        assertThat(distribution.key()).isEqualTo(DistributionKey.COST_CONTRIBUTION);
        assertThat(amounts(distribution)).containsExactly(d("32.39"), d("13.61"));
        assertThat(distribution.share(HOUTHANDEL).explain("keyShare").rule()).isEqualTo(Rule.KEY_COST_CONTRIBUTION);
        assertThat(distribution.share(HOUTHANDEL).explain("keyShare").inputs())
                .containsEntry("weight", "50")
                .containsEntry("sumOfWeights", "169");
    }

    @Test
    void fixedPercentagesFollowTheAgreement() {
        MarginDistribution distribution = distributor.distribute(
                d("0.10"),
                WorkedExample.parties(),
                COSTS,
                DistributionRule.fixedPercentages(List.of(
                        new PartyPercentage(WERKPLAATS, d("33.3")), new PartyPercentage(HOUTHANDEL, d("66.7")))));

        assertThat(amounts(distribution)).containsExactly(d("0.03"), d("0.07"));
    }

    @Test
    void aFounderFeeComesOffTheTopBeforeTheKey() {
        DistributionRule rule = DistributionRule.equalSplit()
                .withIncentives(
                        List.of(new Incentive(WERKPLAATS, IncentiveKind.FOUNDER_FEE, d("100.00"), ValueUnit.AMOUNT)));

        MarginDistribution distribution = distributor.distribute(d("1000.00"), WorkedExample.parties(), COSTS, rule);

        assertThat(distribution.incentives()).isEqualTo(d("100.00"));
        assertThat(distribution.keyPot()).isEqualTo(d("900.00"));
        assertThat(distribution.share(WERKPLAATS).incentive()).isEqualTo(d("100.00"));
        assertThat(distribution.share(WERKPLAATS).keyShare()).isEqualTo(d("450.00"));
        assertThat(amounts(distribution)).containsExactly(d("550.00"), d("450.00"));
        assertThat(distribution.share(WERKPLAATS).explain("incentive").inputs()).containsKey("founder-fee");
    }

    @Test
    void aPercentageIncentiveIsAPartOfTheTotal() {
        DistributionRule rule = DistributionRule.equalSplit()
                .withIncentives(List.of(
                        new Incentive(HOUTHANDEL, IncentiveKind.ENTREPRENEURIAL_RISK, d("10"), ValueUnit.PERCENT)));

        MarginDistribution distribution = distributor.distribute(d("1000.00"), WorkedExample.parties(), COSTS, rule);

        assertThat(amounts(distribution)).containsExactly(d("450.00"), d("550.00"));
    }

    @Test
    void aCappedPartnersSurplusGoesToTheOthersByTheSameKey() {
        DistributionRule rule = DistributionRule.equalSplit()
                .withBounds(List.of(new ShareBound("a", null, d("100")), new ShareBound("b", null, d("280"))));

        // 250 each would break a's cap; 900 / 3 = 300 would then break b's; c and d share the remaining 620
        MarginDistribution distribution = distributor.distribute(d("1000.00"), FOUR, NO_COSTS, rule);

        assertThat(amounts(distribution)).containsExactly(d("100.00"), d("280.00"), d("310.00"), d("310.00"));
        assertThat(distribution.shares())
                .extracting(PartyShare::bound)
                .containsExactly(BoundApplied.CAP, BoundApplied.CAP, BoundApplied.NONE, BoundApplied.NONE);
    }

    @Test
    void aFlooredPartnerIsHeldAtItsFloorAndTheOthersShareTheRest() {
        Parties three = Parties.of(List.of(Party.partner("a", "A"), Party.partner("b", "B"), Party.partner("c", "C")));
        DistributionRule rule = DistributionRule.fixedPercentages(List.of(
                        new PartyPercentage("a", d("80")),
                        new PartyPercentage("b", d("10")),
                        new PartyPercentage("c", d("10"))))
                .withBounds(List.of(new ShareBound("c", d("200.00"), null)));

        // c gets 200 instead of 100; a and b share 800 as 8 : 1 -> 711.111… and 88.888…
        MarginDistribution distribution = distributor.distribute(d("1000.00"), three, NO_COSTS, rule);

        assertThat(amounts(distribution)).containsExactly(d("711.11"), d("88.89"), d("200.00"));
        assertThat(distribution.shares().get(2).bound()).isEqualTo(BoundApplied.FLOOR);
    }

    @Test
    void capsAreSettledBeforeFloorsWhenTheyWeighMore() {
        DistributionRule rule = DistributionRule.fixedPercentages(List.of(
                        new PartyPercentage("a", d("70")),
                        new PartyPercentage("b", d("10")),
                        new PartyPercentage("c", d("10")),
                        new PartyPercentage("d", d("10"))))
                .withBounds(List.of(new ShareBound("a", null, d("500")), new ShareBound("b", d("150"), null)));

        // by key: 700, 100, 100, 100. a is 200 over its cap, b 50 under its floor: cap a first, and the
        // 500 left gives b, c, d 166.67 each, above b's floor. Flooring b first would wrongly stick it at 150.
        MarginDistribution distribution = distributor.distribute(d("1000.00"), FOUR, NO_COSTS, rule);

        assertThat(amounts(distribution)).containsExactly(d("500.00"), d("166.67"), d("166.67"), d("166.66"));
        assertThat(distribution.shares())
                .extracting(PartyShare::bound)
                .containsExactly(BoundApplied.CAP, BoundApplied.NONE, BoundApplied.NONE, BoundApplied.NONE);
    }

    @Test
    void aFloorCountsTheIncentiveThePartnerAlreadyGets() {
        DistributionRule rule = DistributionRule.equalSplit()
                .withIncentives(List.of(new Incentive("a", IncentiveKind.FOUNDER_FEE, d("100"), ValueUnit.AMOUNT)))
                .withBounds(List.of(new ShareBound("a", d("400"), null)));

        // without the floor a would get 100 + 900/4 = 325; with it, 400 in total: 300 by the key
        MarginDistribution distribution = distributor.distribute(d("1000.00"), FOUR, NO_COSTS, rule);

        assertThat(amounts(distribution)).containsExactly(d("400.00"), d("200.00"), d("200.00"), d("200.00"));
        assertThat(distribution.shares().get(0).keyShare()).isEqualTo(d("300.00"));
    }

    @Test
    void aPartnerWithoutWeightGetsItsFloor() {
        DistributionRule rule = DistributionRule.fixedPercentages(List.of(new PartyPercentage(WERKPLAATS, d("100"))))
                .withBounds(List.of(new ShareBound(HOUTHANDEL, d("50.00"), null)));

        MarginDistribution distribution = distributor.distribute(d("1000.00"), WorkedExample.parties(), COSTS, rule);

        assertThat(amounts(distribution)).containsExactly(d("950.00"), d("50.00"));
    }

    @Test
    void aLossIsSharedByTheKeyAloneIgnoringIncentivesFloorsAndCaps() {
        DistributionRule rule = DistributionRule.byCostContribution()
                .withIncentives(
                        List.of(new Incentive(WERKPLAATS, IncentiveKind.FOUNDER_FEE, d("10"), ValueUnit.AMOUNT)))
                .withBounds(List.of(new ShareBound(HOUTHANDEL, d("5"), null)));

        // −100 × 119/169 = −70.4142…, −100 × 50/169 = −29.5857…
        MarginDistribution distribution = distributor.distribute(d("-100.00"), WorkedExample.parties(), COSTS, rule);

        assertThat(amounts(distribution)).containsExactly(d("-70.41"), d("-29.59"));
        assertThat(distribution.share(WERKPLAATS).explain("keyShare").rule()).isEqualTo(Rule.DISTRIBUTION_LOSS);
    }

    @Test
    void roundsTheTotalHalfEvenToCentsFirst() {
        MarginDistribution distribution =
                distributor.distribute(d("10.005"), WorkedExample.parties(), COSTS, DistributionRule.equalSplit());

        assertThat(distribution.total()).isEqualTo(d("10.00"));
        assertThat(distribution.explain("total").note()).contains("rounded half-even");
    }

    @Test
    void theKeyAloneGivesPercentagesThatAddUpToAHundred() {
        DistributionKeyShares shares = distributor.keyShares(WorkedExample.parties(), COSTS, null);

        assertThat(shares.parties()).extracting(PartyKeyShare::partyId).containsExactly(WERKPLAATS, HOUTHANDEL);
        assertThat(shares.parties()).extracting(PartyKeyShare::percent).containsExactly(d("70.41"), d("29.59"));
    }

    @Test
    void rejectsFixedPercentagesThatDoNotAddUpToAHundred() {
        DistributionRule rule = DistributionRule.fixedPercentages(
                List.of(new PartyPercentage(WERKPLAATS, d("60")), new PartyPercentage(HOUTHANDEL, d("30"))));

        assertThatThrownBy(() -> distributor.distribute(d("100"), WorkedExample.parties(), COSTS, rule))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("distribution.fixedPercentages");
                    assertThat(e.reason()).contains("90");
                });
    }

    @Test
    void rejectsAnUnknownPartyANegativePercentageAndAnExternalSupplierByPath() {
        DistributionRule rule = DistributionRule.fixedPercentages(List.of(
                new PartyPercentage(WERKPLAATS, d("50")),
                new PartyPercentage(HOUT_BV, d("10")),
                new PartyPercentage("nobody", d("-40"))));

        assertThatThrownBy(() -> distributor.distribute(d("100"), WorkedExample.parties(), COSTS, rule))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.invalidFields())
                        .extracting(CalculationInputException.InvalidField::field)
                        .containsExactly(
                                "distribution.fixedPercentages[1].partyId",
                                "distribution.fixedPercentages[2].partyId",
                                "distribution.fixedPercentages[2].percentage"));
    }

    @Test
    void rejectsFloorsThatNeedMoreThanTheTotal() {
        DistributionRule rule = DistributionRule.equalSplit()
                .withBounds(List.of(
                        new ShareBound(WERKPLAATS, d("600"), null), new ShareBound(HOUTHANDEL, d("600"), null)));

        assertThatThrownBy(() -> distributor.distribute(d("1000"), WorkedExample.parties(), COSTS, rule))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("distribution.bounds");
                    assertThat(e.reason()).contains("1200.00").contains("1000.00");
                });
    }

    @Test
    void rejectsCapsThatLeaveSomethingUndistributed() {
        DistributionRule rule = DistributionRule.equalSplit()
                .withBounds(List.of(
                        new ShareBound(WERKPLAATS, null, d("100")), new ShareBound(HOUTHANDEL, null, d("100"))));

        assertThatThrownBy(() -> distributor.distribute(d("1000"), WorkedExample.parties(), COSTS, rule))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.field())
                        .isEqualTo("distribution.bounds"));
    }

    @Test
    void rejectsIncentivesAboveTheTotalAndCapsBelowTheIncentive() {
        DistributionRule tooMuch = DistributionRule.equalSplit()
                .withIncentives(
                        List.of(new Incentive(WERKPLAATS, IncentiveKind.FOUNDER_FEE, d("1500"), ValueUnit.AMOUNT)));
        DistributionRule capBelowFee = DistributionRule.equalSplit()
                .withIncentives(
                        List.of(new Incentive(WERKPLAATS, IncentiveKind.FOUNDER_FEE, d("300"), ValueUnit.AMOUNT)))
                .withBounds(List.of(new ShareBound(WERKPLAATS, null, d("200"))));

        assertThatThrownBy(() -> distributor.distribute(d("1000"), WorkedExample.parties(), COSTS, tooMuch))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.field())
                        .isEqualTo("distribution.incentives"));
        assertThatThrownBy(() -> distributor.distribute(d("1000"), WorkedExample.parties(), COSTS, capBelowFee))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.field())
                        .isEqualTo("distribution.bounds[0].cap"));
    }

    @Test
    void rejectsBoundsThatAreNotWholeCentsOrCrossEachOther() {
        DistributionRule rule = DistributionRule.equalSplit()
                .withBounds(List.of(
                        new ShareBound(WERKPLAATS, d("10.001"), null), new ShareBound(HOUTHANDEL, d("50"), d("40"))));

        assertThatThrownBy(() -> distributor.validate(WorkedExample.parties(), COSTS, rule))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.invalidFields())
                        .extracting(CalculationInputException.InvalidField::field)
                        .containsExactly("distribution.bounds[0].floor", "distribution.bounds[1].cap"));
    }

    @Test
    void rejectsTheCostKeyWhenThePartnersCarryNoCost() {
        assertThatThrownBy(() -> distributor.distribute(d("10"), WorkedExample.parties(), NO_COSTS, null))
                .isInstanceOfSatisfying(CalculationInputException.class, e -> assertThat(e.field())
                        .isEqualTo("distribution.key"));
    }
}
