package org.weconomics.finance.calculation.cost;

import static org.weconomics.finance.calculation.RoundingRules.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.weconomics.finance.calculation.Explanation;
import org.weconomics.finance.calculation.Parties;
import org.weconomics.finance.calculation.Party;
import org.weconomics.finance.calculation.RoundingRules;
import org.weconomics.finance.calculation.Rule;
import org.weconomics.finance.calculation.Violations;
import org.weconomics.finance.calculation.arithmetic.Fraction;
import org.weconomics.finance.calculation.arithmetic.LargestRemainder;

/**
 * Builds the cost structure from the value chain: per sub-action cost per unit × quantity per
 * customer, summed per activity, per party and in total.
 */
public final class CostStructureCalculator {

    public static final String FIELD = "valueChain";

    /**
     * @param parties    the parties of the earnings model
     * @param valueChain the activities in value-chain order, orphaned ones included
     * @throws org.weconomics.finance.calculation.CalculationInputException naming
     *     {@code valueChain[i].…} for every invalid value
     */
    public CostStructure calculate(Parties parties, List<Activity> valueChain) {
        List<Activity> activities = valueChain == null ? List.of() : valueChain;
        validate(parties, activities);

        List<ActivityCost> current = new ArrayList<>();
        List<ActivityCost> orphaned = new ArrayList<>();
        Map<String, PartyTally> tallies = new LinkedHashMap<>();
        for (Party party : parties.all()) {
            tallies.put(party.id(), new PartyTally());
        }
        BigDecimal orphanedExact = BigDecimal.ZERO;
        Explanation.Builder orphanedExplanation = Explanation.of(Rule.ORPHANED_COST);

        for (Activity activity : activities) {
            ActivityCost cost = activityCost(activity, tallies);
            if (activity.orphaned()) {
                orphaned.add(cost);
                BigDecimal exact = exactTotal(activity);
                orphanedExact = orphanedExact.add(exact);
                orphanedExplanation.input(activity.id(), exact);
            } else {
                current.add(cost);
            }
        }
        return assemble(parties, current, orphaned, tallies, orphanedExact, orphanedExplanation);
    }

    private static ActivityCost activityCost(Activity activity, Map<String, PartyTally> tallies) {
        List<SubActionCost> subActionCosts = new ArrayList<>();
        BigDecimal exactPerUnit = BigDecimal.ZERO;
        BigDecimal exactTotal = BigDecimal.ZERO;
        Explanation.Builder perUnit = Explanation.of(Rule.ACTIVITY_COST_PER_UNIT);
        Explanation.Builder total = Explanation.of(Rule.ACTIVITY_TOTAL_COST);
        for (SubAction subAction : activity.subActions()) {
            String partyId = carrier(activity, subAction);
            BigDecimal exact = subAction.costPerUnit().multiply(subAction.quantityPerCustomer());
            subActionCosts.add(new SubActionCost(
                    subAction.id(),
                    subAction.name(),
                    partyId,
                    subAction.costPerUnit(),
                    subAction.quantityPerCustomer(),
                    money(exact),
                    new Explanation.Figures()
                            .put(
                                    "totalCost",
                                    Explanation.of(Rule.SUB_ACTION_COST)
                                            .input("costPerUnit", subAction.costPerUnit())
                                            .input("quantityPerCustomer", subAction.quantityPerCustomer())
                                            .note(roundingNote(exact))
                                            .result(money(exact)))
                            .build()));
            exactPerUnit = exactPerUnit.add(subAction.costPerUnit());
            exactTotal = exactTotal.add(exact);
            perUnit.input(subAction.id(), subAction.costPerUnit());
            total.input(subAction.id(), exact);
            PartyTally tally = tallies.get(partyId);
            if (!activity.orphaned() && tally != null) {
                tally.add(activity.id() + "/" + subAction.id(), subAction.costPerUnit(), exact);
            }
        }
        return new ActivityCost(
                activity.id(),
                activity.name(),
                activity.orphaned(),
                subActionCosts,
                money(exactPerUnit),
                money(exactTotal),
                new Explanation.Figures()
                        .put(
                                "totalCostPerUnit",
                                perUnit.note(roundingNote(exactPerUnit)).result(money(exactPerUnit)))
                        .put("totalCost", total.note(roundingNote(exactTotal)).result(money(exactTotal)))
                        .build());
    }

    private static CostStructure assemble(
            Parties parties,
            List<ActivityCost> current,
            List<ActivityCost> orphaned,
            Map<String, PartyTally> tallies,
            BigDecimal orphanedExact,
            Explanation.Builder orphanedExplanation) {
        BigDecimal exactPerUnit = BigDecimal.ZERO;
        BigDecimal exactTotal = BigDecimal.ZERO;
        Explanation.Builder perUnit = Explanation.of(Rule.TOTAL_COST_PER_UNIT);
        Explanation.Builder total = Explanation.of(Rule.TOTAL_COST);
        Map<String, BigDecimal> exactByParty = new LinkedHashMap<>();
        for (Map.Entry<String, PartyTally> entry : tallies.entrySet()) {
            exactPerUnit = exactPerUnit.add(entry.getValue().perUnit);
            exactTotal = exactTotal.add(entry.getValue().total);
            perUnit.input(entry.getKey(), entry.getValue().perUnit);
            total.input(entry.getKey(), entry.getValue().total);
            exactByParty.put(entry.getKey(), entry.getValue().total);
        }

        List<BigDecimal> shares = costShares(exactByParty, exactTotal);
        List<PartyCost> partyCosts = new ArrayList<>();
        List<Party> all = parties.all();
        for (int i = 0; i < all.size(); i++) {
            Party party = all.get(i);
            PartyTally tally = tallies.get(party.id());
            BigDecimal share = shares == null ? null : shares.get(i);
            partyCosts.add(new PartyCost(
                    party.id(),
                    party.name(),
                    party.kind(),
                    money(tally.perUnit),
                    money(tally.total),
                    share,
                    new Explanation.Figures()
                            .put(
                                    "costPerUnit",
                                    tally.perUnitExplanation
                                            .note(roundingNote(tally.perUnit))
                                            .result(money(tally.perUnit)))
                            .put(
                                    "totalCost",
                                    tally.totalExplanation
                                            .note(roundingNote(tally.total))
                                            .result(money(tally.total)))
                            .put(
                                    "costSharePercent",
                                    Explanation.of(Rule.COST_SHARE)
                                            .input("partyTotalCost", tally.total)
                                            .input("totalCost", exactTotal)
                                            .note(
                                                    shares == null
                                                            ? "the total cost is zero, so there is no share"
                                                            : null)
                                            .result(share))
                            .build()));
        }
        return new CostStructure(
                partyCosts,
                current,
                orphaned,
                money(exactPerUnit),
                money(exactTotal),
                money(orphanedExact),
                new CostBase(exactTotal, exactByParty),
                new Explanation.Figures()
                        .put(
                                "totalCostPerUnit",
                                perUnit.note(roundingNote(exactPerUnit)).result(money(exactPerUnit)))
                        .put("totalCost", total.note(roundingNote(exactTotal)).result(money(exactTotal)))
                        .put(
                                "orphanedTotalCost",
                                orphanedExplanation
                                        .note(roundingNote(orphanedExact))
                                        .result(money(orphanedExact)))
                        .build());
    }

    /** Percentages that add up to exactly 100.00, or {@code null} when there is no cost to share. */
    private static List<BigDecimal> costShares(Map<String, BigDecimal> exactByParty, BigDecimal exactTotal) {
        if (exactTotal.signum() == 0) {
            return null;
        }
        List<Fraction> parts = LargestRemainder.proportionalParts(Fraction.of(100), List.copyOf(exactByParty.values()));
        return LargestRemainder.allocate(parts, RoundingRules.PERCENT_SCALE);
    }

    private static BigDecimal exactTotal(Activity activity) {
        BigDecimal total = BigDecimal.ZERO;
        for (SubAction subAction : activity.subActions()) {
            total = total.add(subAction.costPerUnit().multiply(subAction.quantityPerCustomer()));
        }
        return total;
    }

    private static String carrier(Activity activity, SubAction subAction) {
        return subAction.carriedBy() != null ? subAction.carriedBy() : activity.carriedBy();
    }

    /** Says so when the shown figure is a rounding of a longer exact one, so nobody wonders about a cent. */
    static String roundingNote(BigDecimal exact) {
        return money(exact).compareTo(exact) == 0
                ? null
                : "exactly " + exact.toPlainString() + ", shown rounded half-even to cents";
    }

    private static void validate(Parties parties, List<Activity> activities) {
        Violations violations = new Violations();
        Set<String> activityIds = new HashSet<>();
        for (int i = 0; i < activities.size(); i++) {
            String path = FIELD + "[" + i + "]";
            Activity activity = activities.get(i);
            if (!violations.requirePresent(path, activity)) {
                continue;
            }
            if (violations.requireText(path + ".id", activity.id()) && !activityIds.add(activity.id())) {
                violations.add(path + ".id", "is used by another activity: " + activity.id());
            }
            violations.requireText(path + ".name", activity.name());
            // an orphaned activity is history: its party may have left the partnership since
            if (activity.carriedBy() != null && !activity.orphaned()) {
                parties.requireKnown(violations, path + ".carriedBy", activity.carriedBy());
            }
            Set<String> subActionIds = new HashSet<>();
            for (int j = 0; j < activity.subActions().size(); j++) {
                String subPath = path + ".subActions[" + j + "]";
                SubAction subAction = activity.subActions().get(j);
                if (!violations.requirePresent(subPath, subAction)) {
                    continue;
                }
                if (violations.requireText(subPath + ".id", subAction.id()) && !subActionIds.add(subAction.id())) {
                    violations.add(
                            subPath + ".id", "is used by another sub-action of this activity: " + subAction.id());
                }
                violations.requireText(subPath + ".name", subAction.name());
                violations.requireNonNegative(subPath + ".costPerUnit", subAction.costPerUnit());
                violations.requireNonNegative(subPath + ".quantityPerCustomer", subAction.quantityPerCustomer());
                if (subAction.carriedBy() == null && activity.carriedBy() == null) {
                    violations.add(subPath + ".carriedBy", "is required when the activity names no party");
                } else if (subAction.carriedBy() != null && !activity.orphaned()) {
                    parties.requireKnown(violations, subPath + ".carriedBy", subAction.carriedBy());
                }
            }
        }
        violations.throwIfAny();
    }

    /** Running sums of what one party carries, with the inputs for its explanations. */
    private static final class PartyTally {
        private BigDecimal perUnit = BigDecimal.ZERO;
        private BigDecimal total = BigDecimal.ZERO;
        private final Explanation.Builder perUnitExplanation = Explanation.of(Rule.PARTY_COST_PER_UNIT);
        private final Explanation.Builder totalExplanation = Explanation.of(Rule.PARTY_TOTAL_COST);

        void add(String subActionPath, BigDecimal costPerUnit, BigDecimal cost) {
            perUnit = perUnit.add(costPerUnit);
            total = total.add(cost);
            perUnitExplanation.input(subActionPath, costPerUnit);
            totalExplanation.input(subActionPath, cost);
        }
    }
}
