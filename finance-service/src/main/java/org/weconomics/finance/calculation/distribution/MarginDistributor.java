package org.weconomics.finance.calculation.distribution;

import static org.weconomics.finance.calculation.RoundingRules.MONEY_SCALE;
import static org.weconomics.finance.calculation.RoundingRules.PERCENT_SCALE;
import static org.weconomics.finance.calculation.RoundingRules.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.weconomics.finance.calculation.CalculationInputException;
import org.weconomics.finance.calculation.Explanation;
import org.weconomics.finance.calculation.Parties;
import org.weconomics.finance.calculation.Party;
import org.weconomics.finance.calculation.RoundingRules;
import org.weconomics.finance.calculation.Rule;
import org.weconomics.finance.calculation.ValueUnit;
import org.weconomics.finance.calculation.Violations;
import org.weconomics.finance.calculation.arithmetic.Fraction;
import org.weconomics.finance.calculation.arithmetic.LargestRemainder;
import org.weconomics.finance.calculation.cost.CostBase;

/**
 * Divides a margin among the partners by a {@link DistributionRule}:
 * <ol>
 * <li>the total is rounded half-even to cents;</li>
 * <li>incentives come off the top: amounts as they are, percentages of the total;</li>
 * <li>the rest, the key pot, is divided by the key's weights (cost contribution, equal, or fixed
 * percentages), exactly; a partner whose total would fall below its floor or rise above its cap is
 * held there and the rest is divided again among the others by the same weights;</li>
 * <li>the exact parts are rounded to cents by the largest-remainder method, ties to the partner listed
 * first, so the parts add up to the total to the cent.</li>
 * </ol>
 * A loss (a negative total) is shared by the key alone: incentives, floors and caps divide a surplus.
 */
public final class MarginDistributor {

    private static final String FIELD = DistributionRule.FIELD;

    /**
     * @param total    the margin to divide; rounded half-even to cents first
     * @param parties  the parties; only partners take a share
     * @param costBase the exact costs, for the cost-contribution key; may be {@code null} for the other keys
     * @param rule     how to divide; {@code null} for the default, by cost contribution
     * @throws CalculationInputException naming {@code distribution.…} when the rule is invalid or cannot
     *     be met for this total (incentives or floors above the total, caps below it)
     */
    public MarginDistribution distribute(BigDecimal total, Parties parties, CostBase costBase, DistributionRule rule) {
        DistributionRule effective = rule == null ? DistributionRule.byCostContribution() : rule;
        List<BigDecimal> weights = validatedWeights(parties, costBase, effective);
        BigDecimal cents = money(total);
        if (cents.signum() < 0) {
            return shareByKey(cents, parties, costBase, effective, weights, Rule.DISTRIBUTION_LOSS, total);
        }
        return distributeSurplus(cents, total, parties.partners(), effective, weights);
    }

    /**
     * Divides an amount by the key alone, without incentives, floors or caps; used for losses and for
     * subsidies, which no partner earned a preference in.
     */
    public MarginDistribution shareByKey(BigDecimal total, Parties parties, CostBase costBase, DistributionRule rule) {
        DistributionRule effective = rule == null ? DistributionRule.byCostContribution() : rule;
        List<BigDecimal> weights = validatedWeights(parties, costBase, effective);
        return shareByKey(money(total), parties, costBase, effective, weights, Rule.DISTRIBUTION_KEY_ONLY, total);
    }

    /** Every partner's percentage under the key alone; the percentages add up to exactly 100.00. */
    public DistributionKeyShares keyShares(Parties parties, CostBase costBase, DistributionRule rule) {
        DistributionRule effective = rule == null ? DistributionRule.byCostContribution() : rule;
        List<BigDecimal> weights = validatedWeights(parties, costBase, effective);
        List<Party> partners = parties.partners();
        List<BigDecimal> percents =
                LargestRemainder.allocate(LargestRemainder.proportionalParts(Fraction.of(100), weights), PERCENT_SCALE);
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<PartyKeyShare> shares = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            shares.add(new PartyKeyShare(
                    partners.get(i).id(),
                    partners.get(i).name(),
                    weights.get(i),
                    percents.get(i),
                    new Explanation.Figures()
                            .put(
                                    "percent",
                                    Explanation.of(keyRule(effective.keyOrDefault()))
                                            .input("weight", weights.get(i))
                                            .input("sumOfWeights", weightSum)
                                            .note(
                                                    "rounded by largest remainder so the partners' percentages add up to 100.00")
                                            .result(percents.get(i)))
                            .build()));
        }
        return new DistributionKeyShares(effective.keyOrDefault(), shares);
    }

    /**
     * Checks the rule against the parties without a total; {@link #distribute} checks the rest.
     *
     * @throws CalculationInputException naming {@code distribution.…} for every invalid value
     */
    public void validate(Parties parties, CostBase costBase, DistributionRule rule) {
        validatedWeights(parties, costBase, rule == null ? DistributionRule.byCostContribution() : rule);
    }

    private MarginDistribution distributeSurplus(
            BigDecimal total,
            BigDecimal asGiven,
            List<Party> partners,
            DistributionRule rule,
            List<BigDecimal> weights) {
        int n = partners.size();
        Map<String, Integer> index = indexOf(partners);
        Fraction exactTotal = Fraction.of(total);

        // incentives and the key pot are rounded together, so that they add up to the total to the cent
        List<Fraction> offTheTop = new ArrayList<>();
        Fraction incentivesExact = Fraction.ZERO;
        for (Incentive incentive : rule.incentives()) {
            Fraction exact = incentive.unit() == ValueUnit.AMOUNT
                    ? Fraction.of(incentive.value())
                    : exactTotal.multiply(Fraction.of(incentive.value())).divide(Fraction.of(100));
            offTheTop.add(exact);
            incentivesExact = incentivesExact.add(exact);
        }
        Fraction potExact = exactTotal.subtract(incentivesExact);
        if (potExact.signum() < 0) {
            throw new CalculationInputException(
                    FIELD + ".incentives", "add up to more than the " + total.toPlainString() + " to distribute");
        }
        List<Fraction> toRound = new ArrayList<>(offTheTop);
        toRound.add(potExact);
        List<BigDecimal> rounded = LargestRemainder.allocate(toRound, MONEY_SCALE);
        BigDecimal pot = rounded.get(rounded.size() - 1);

        BigDecimal[] incentiveOf = new BigDecimal[n];
        List<Explanation.Builder> incentiveExplanations = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            incentiveOf[i] = BigDecimal.ZERO.setScale(MONEY_SCALE);
            incentiveExplanations.add(Explanation.of(Rule.DISTRIBUTION_INCENTIVE));
        }
        for (int k = 0; k < rule.incentives().size(); k++) {
            Incentive incentive = rule.incentives().get(k);
            int i = index.get(incentive.partyId());
            incentiveOf[i] = incentiveOf[i].add(rounded.get(k));
            incentiveExplanations
                    .get(i)
                    .input(
                            incentive.kind().jsonName()
                                    + (incentive.unit() == ValueUnit.PERCENT
                                            ? " (" + incentive.value().toPlainString() + " % of "
                                                    + total.toPlainString() + ")"
                                            : ""),
                            rounded.get(k));
        }

        List<Fraction> lows = new ArrayList<>();
        List<Fraction> highs = new ArrayList<>();
        boundsOnKeyShares(rule, partners, index, incentiveOf, lows, highs);
        List<Fraction> weightFractions = weights.stream().map(Fraction::of).toList();
        checkFeasible(Fraction.of(pot), weightFractions, lows, highs);

        List<BoundedSplit.Part> parts = BoundedSplit.split(Fraction.of(pot), weightFractions, lows, highs);
        List<BigDecimal> keyShares = LargestRemainder.allocate(
                parts.stream().map(BoundedSplit.Part::value).toList(), MONEY_SCALE);

        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            amounts.add(incentiveOf[i].add(keyShares.get(i)));
        }
        List<BigDecimal> percents = percentsOf(amounts, total);
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<PartyShare> shares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BoundedSplit.Part part = parts.get(i);
            shares.add(new PartyShare(
                    partners.get(i).id(),
                    partners.get(i).name(),
                    incentiveOf[i],
                    keyShares.get(i),
                    amounts.get(i),
                    percents == null ? null : percents.get(i),
                    part.bound(),
                    new Explanation.Figures()
                            .put("incentive", incentiveExplanations.get(i).result(incentiveOf[i]))
                            .put(
                                    "keyShare",
                                    keyShareExplanation(rule, pot, weights.get(i), weightSum, part)
                                            .result(keyShares.get(i)))
                            .put(
                                    "amount",
                                    Explanation.of(Rule.DISTRIBUTION_PARTY_AMOUNT)
                                            .input("incentive", incentiveOf[i])
                                            .input("keyShare", keyShares.get(i))
                                            .result(amounts.get(i)))
                            .put("percentOfTotal", percentExplanation(amounts.get(i), total, percents, i))
                            .build()));
        }
        BigDecimal incentivesTotal = total.subtract(pot);
        return new MarginDistribution(
                total,
                rule.keyOrDefault(),
                incentivesTotal,
                pot,
                shares,
                new Explanation.Figures()
                        .put("total", totalExplanation(asGiven, total))
                        .put(
                                "keyPot",
                                Explanation.of(Rule.DISTRIBUTION_KEY_POT)
                                        .input("total", total)
                                        .input("incentives", incentivesTotal)
                                        .result(pot))
                        .build());
    }

    private MarginDistribution shareByKey(
            BigDecimal total,
            Parties parties,
            CostBase costBase,
            DistributionRule rule,
            List<BigDecimal> weights,
            Rule why,
            BigDecimal asGiven) {
        List<Party> partners = parties.partners();
        List<BigDecimal> amounts = LargestRemainder.allocateByWeights(total, weights, MONEY_SCALE);
        List<BigDecimal> percents = percentsOf(amounts, total);
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal zero = BigDecimal.ZERO.setScale(MONEY_SCALE);
        List<PartyShare> shares = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            shares.add(new PartyShare(
                    partners.get(i).id(),
                    partners.get(i).name(),
                    zero,
                    amounts.get(i),
                    amounts.get(i),
                    percents == null ? null : percents.get(i),
                    BoundApplied.NONE,
                    new Explanation.Figures()
                            .put(
                                    "keyShare",
                                    Explanation.of(why)
                                            .input("total", total)
                                            .input("key", rule.keyOrDefault())
                                            .input("weight", weights.get(i))
                                            .input("sumOfWeights", weightSum)
                                            .note(
                                                    "rounded to cents by largest remainder, ties to the partner listed first")
                                            .result(amounts.get(i)))
                            .put(
                                    "amount",
                                    Explanation.of(Rule.DISTRIBUTION_PARTY_AMOUNT)
                                            .input("incentive", zero)
                                            .input("keyShare", amounts.get(i))
                                            .result(amounts.get(i)))
                            .put("percentOfTotal", percentExplanation(amounts.get(i), total, percents, i))
                            .build()));
        }
        return new MarginDistribution(
                total,
                rule.keyOrDefault(),
                zero,
                total,
                shares,
                new Explanation.Figures()
                        .put("total", totalExplanation(asGiven, total))
                        .build());
    }

    /** Turns the bounds on a partner's total into bounds on its key share, given its incentives. */
    private static void boundsOnKeyShares(
            DistributionRule rule,
            List<Party> partners,
            Map<String, Integer> index,
            BigDecimal[] incentiveOf,
            List<Fraction> lows,
            List<Fraction> highs) {
        for (int i = 0; i < partners.size(); i++) {
            lows.add(Fraction.ZERO);
            highs.add(null);
        }
        Violations violations = new Violations();
        for (int k = 0; k < rule.bounds().size(); k++) {
            ShareBound bound = rule.bounds().get(k);
            int i = index.get(bound.partyId());
            Fraction incentive = Fraction.of(incentiveOf[i]);
            if (bound.floor() != null) {
                lows.set(i, Fraction.of(bound.floor()).subtract(incentive).max(Fraction.ZERO));
            }
            if (bound.cap() != null) {
                Fraction high = Fraction.of(bound.cap()).subtract(incentive);
                if (high.signum() < 0) {
                    violations.add(
                            FIELD + ".bounds[" + k + "].cap",
                            "is below the partner's incentives of " + incentiveOf[i].toPlainString());
                }
                highs.set(i, high.max(Fraction.ZERO));
            }
        }
        violations.throwIfAny();
    }

    private static void checkFeasible(Fraction pot, List<Fraction> weights, List<Fraction> lows, List<Fraction> highs) {
        Fraction floors = Fraction.ZERO;
        Fraction most = Fraction.ZERO;
        boolean unbounded = false;
        for (int i = 0; i < weights.size(); i++) {
            floors = floors.add(lows.get(i));
            if (weights.get(i).signum() == 0) {
                most = most.add(lows.get(i));
            } else if (highs.get(i) == null) {
                unbounded = true;
            } else {
                most = most.add(highs.get(i));
            }
        }
        if (floors.compareTo(pot) > 0) {
            throw new CalculationInputException(
                    FIELD + ".bounds",
                    "the floors need " + floors.toDecimal(MONEY_SCALE).toPlainString()
                            + " beyond the incentives, but only "
                            + pot.toDecimal(MONEY_SCALE).toPlainString()
                            + " is left to distribute");
        }
        if (!unbounded && most.compareTo(pot) < 0) {
            throw new CalculationInputException(
                    FIELD + ".bounds",
                    "the caps let the partners take at most "
                            + most.toDecimal(MONEY_SCALE).toPlainString() + " by the key, but "
                            + pot.toDecimal(MONEY_SCALE).toPlainString() + " is to be distributed");
        }
    }

    /** The partners' weights under the key, in partner order, after checking the whole rule. */
    private static List<BigDecimal> validatedWeights(Parties parties, CostBase costBase, DistributionRule rule) {
        Violations violations = new Violations();
        List<Party> partners = parties.partners();
        DistributionKey key = rule.keyOrDefault();
        List<BigDecimal> weights = new ArrayList<>();
        switch (key) {
            case EQUAL_SPLIT -> partners.forEach(p -> weights.add(BigDecimal.ONE));
            case COST_CONTRIBUTION -> {
                partners.forEach(
                        p -> weights.add(costBase == null ? BigDecimal.ZERO : costBase.costPerCustomer(p.id())));
                if (weights.stream().allMatch(w -> w.signum() == 0)) {
                    violations.add(
                            FIELD + ".key",
                            "the partners carry no cost, so there is no cost contribution"
                                    + " to divide by; choose another key or enter the costs");
                }
            }
            case FIXED_PERCENTAGES -> weights.addAll(fixedPercentageWeights(parties, rule, violations));
        }
        validateIncentives(parties, rule, violations);
        validateBounds(parties, rule, violations);
        violations.throwIfAny();
        return List.copyOf(weights);
    }

    private static List<BigDecimal> fixedPercentageWeights(
            Parties parties, DistributionRule rule, Violations violations) {
        Map<String, BigDecimal> byParty = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean allValid = true;
        List<PartyPercentage> percentages = rule.fixedPercentages();
        for (int i = 0; i < percentages.size(); i++) {
            String path = FIELD + ".fixedPercentages[" + i + "]";
            PartyPercentage entry = percentages.get(i);
            if (!violations.requirePresent(path, entry)) {
                allValid = false;
                continue;
            }
            boolean partyOk = parties.requirePartner(violations, path + ".partyId", entry.partyId());
            boolean percentageOk = violations.requirePercentage(path + ".percentage", entry.percentage());
            if (partyOk && byParty.containsKey(entry.partyId())) {
                violations.add(path + ".partyId", "is listed twice: " + entry.partyId());
                partyOk = false;
            }
            if (partyOk && percentageOk) {
                byParty.put(entry.partyId(), entry.percentage());
                sum = sum.add(entry.percentage());
            } else {
                allValid = false;
            }
        }
        if (allValid && sum.compareTo(RoundingRules.HUNDRED) != 0) {
            violations.add(FIELD + ".fixedPercentages", "add up to " + sum.toPlainString() + ", must add up to 100");
        }
        return parties.partners().stream()
                .map(p -> byParty.getOrDefault(p.id(), BigDecimal.ZERO))
                .toList();
    }

    private static void validateIncentives(Parties parties, DistributionRule rule, Violations violations) {
        BigDecimal percentSum = BigDecimal.ZERO;
        for (int i = 0; i < rule.incentives().size(); i++) {
            String path = FIELD + ".incentives[" + i + "]";
            Incentive incentive = rule.incentives().get(i);
            if (!violations.requirePresent(path, incentive)) {
                continue;
            }
            parties.requirePartner(violations, path + ".partyId", incentive.partyId());
            violations.requirePresent(path + ".kind", incentive.kind());
            if (!violations.requirePresent(path + ".unit", incentive.unit())) {
                continue;
            }
            if (incentive.unit() == ValueUnit.AMOUNT) {
                violations.requireNonNegativeCents(path + ".value", incentive.value());
            } else if (violations.requirePercentage(path + ".value", incentive.value())) {
                percentSum = percentSum.add(incentive.value());
            }
        }
        if (percentSum.compareTo(RoundingRules.HUNDRED) > 0) {
            violations.add(
                    FIELD + ".incentives",
                    "the percentages add up to " + percentSum.toPlainString() + ", more than 100");
        }
    }

    private static void validateBounds(Parties parties, DistributionRule rule, Violations violations) {
        Set<String> bounded = new HashSet<>();
        for (int i = 0; i < rule.bounds().size(); i++) {
            String path = FIELD + ".bounds[" + i + "]";
            ShareBound bound = rule.bounds().get(i);
            if (!violations.requirePresent(path, bound)) {
                continue;
            }
            if (parties.requirePartner(violations, path + ".partyId", bound.partyId())
                    && !bounded.add(bound.partyId())) {
                violations.add(path + ".partyId", "has a bound already: " + bound.partyId());
            }
            boolean floorOk =
                    bound.floor() == null || violations.requireNonNegativeCents(path + ".floor", bound.floor());
            boolean capOk = bound.cap() == null || violations.requireNonNegativeCents(path + ".cap", bound.cap());
            if (floorOk
                    && capOk
                    && bound.floor() != null
                    && bound.cap() != null
                    && bound.cap().compareTo(bound.floor()) < 0) {
                violations.add(
                        path + ".cap", "is below the floor of " + bound.floor().toPlainString());
            }
        }
    }

    private static Explanation.Builder keyShareExplanation(
            DistributionRule rule, BigDecimal pot, BigDecimal weight, BigDecimal weightSum, BoundedSplit.Part part) {
        Explanation.Builder builder = Explanation.of(keyRule(rule.keyOrDefault()))
                .input("keyPot", pot)
                .input("weight", weight)
                .input("sumOfWeights", weightSum);
        return switch (part.bound()) {
            case FLOOR ->
                builder.note("held at the partner's floor (less its incentives); the others share the rest"
                        + " by the same key");
            case CAP ->
                builder.note("held at the partner's cap (less its incentives); the others share the rest"
                        + " by the same key");
            case NONE ->
                builder.note("the pot left after floors and caps, by weight; rounded to cents by largest"
                        + " remainder, ties to the partner listed first");
        };
    }

    private static Rule keyRule(DistributionKey key) {
        return switch (key) {
            case COST_CONTRIBUTION -> Rule.KEY_COST_CONTRIBUTION;
            case EQUAL_SPLIT -> Rule.KEY_EQUAL_SPLIT;
            case FIXED_PERCENTAGES -> Rule.KEY_FIXED_PERCENTAGES;
        };
    }

    /** Percentages of the total that add up to exactly 100.00; {@code null} when the total is zero. */
    private static List<BigDecimal> percentsOf(List<BigDecimal> amounts, BigDecimal total) {
        if (total.signum() == 0) {
            return null;
        }
        List<Fraction> parts = new ArrayList<>();
        for (BigDecimal amount : amounts) {
            parts.add(Fraction.of(amount).multiply(Fraction.of(100)).divide(Fraction.of(total)));
        }
        return LargestRemainder.allocate(parts, PERCENT_SCALE);
    }

    private static Explanation percentExplanation(
            BigDecimal amount, BigDecimal total, List<BigDecimal> percents, int i) {
        return Explanation.of(Rule.DISTRIBUTION_PERCENT_OF_TOTAL)
                .input("amount", amount)
                .input("total", total)
                .note(percents == null ? "the total is zero, so there is no percentage" : null)
                .result(percents == null ? null : percents.get(i));
    }

    private static Explanation totalExplanation(BigDecimal asGiven, BigDecimal total) {
        return Explanation.of(Rule.DISTRIBUTION_TOTAL)
                .input("total", asGiven)
                .note(asGiven.compareTo(total) == 0 ? null : "rounded half-even to cents before distributing")
                .result(total);
    }

    private static Map<String, Integer> indexOf(List<Party> partners) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < partners.size(); i++) {
            index.put(partners.get(i).id(), i);
        }
        return index;
    }
}
