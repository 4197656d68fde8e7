package org.weconomics.finance.calculation.projection;

import static org.weconomics.finance.calculation.RoundingRules.MONEY_SCALE;
import static org.weconomics.finance.calculation.RoundingRules.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.weconomics.finance.calculation.CalculationInputException;
import org.weconomics.finance.calculation.Explanation;
import org.weconomics.finance.calculation.Parties;
import org.weconomics.finance.calculation.Party;
import org.weconomics.finance.calculation.Rule;
import org.weconomics.finance.calculation.Violations;
import org.weconomics.finance.calculation.cost.CostBase;
import org.weconomics.finance.calculation.distribution.DistributionRule;
import org.weconomics.finance.calculation.distribution.MarginDistribution;
import org.weconomics.finance.calculation.distribution.MarginDistributor;
import org.weconomics.finance.calculation.distribution.PartyShare;

/**
 * Projects the best, middle and worst scenario year by year, for the partnership and per party.
 *
 * <p>Every yearly amount is booked in cents when it arises (revenue, each party's costs, subsidy,
 * investments); margins, results and cumulative results are exact sums of booked amounts, so the
 * figures of a year add up as shown. A year's margin is divided among the partners by the
 * distribution rule, its subsidy by the key alone; external suppliers are paid their costs.
 */
public final class ProjectionCalculator {

    private static final String FIELD = ProjectionInput.FIELD;
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(MONEY_SCALE);

    private final MarginDistributor distributor = new MarginDistributor();
    private final YearlyCostCalculator yearlyCostCalculator = new YearlyCostCalculator();

    /**
     * @param costBase     the exact costs per customer of the parties
     * @param distribution how margins are divided; {@code null} for by cost contribution
     * @param input        with a base price; see {@link ProjectionInput#withDefaultPricing}
     * @throws CalculationInputException naming {@code projection.…} or {@code distribution.…} for every
     *     invalid value, and when the distribution rule cannot be met in some year
     */
    public Projection project(
            Parties parties, CostBase costBase, DistributionRule distribution, ProjectionInput input) {
        validate(parties, input);
        distributor.validate(parties, costBase, distribution);
        YearlyCostSheet yearlyCosts = yearlyCostCalculator.calculate(parties, input.yearlyCosts());
        int horizon = input.horizonYears();

        List<ScenarioProjection> scenarios = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            ScenarioOverride override = input.scenarios().stream()
                    .filter(s -> s.scenario() == scenario)
                    .findFirst()
                    .orElse(null);
            ResolvedScenario resolved = ResolvedScenario.of(scenario, input.revenue(), override, horizon);
            scenarios.add(projectScenario(parties, costBase, distribution, input, yearlyCosts, resolved));
        }
        return new Projection(horizon, yearlyCosts, scenarios);
    }

    private ScenarioProjection projectScenario(
            Parties parties,
            CostBase costBase,
            DistributionRule distribution,
            ProjectionInput input,
            YearlyCostSheet yearlyCosts,
            ResolvedScenario scenario) {
        int horizon = input.horizonYears();
        List<Party> all = parties.all();
        Map<String, List<PartyYearFigures>> partyYears = new LinkedHashMap<>();
        Map<String, BigDecimal> partyCumulative = new LinkedHashMap<>();
        for (Party party : all) {
            partyYears.put(party.id(), new ArrayList<>());
            partyCumulative.put(party.id(), ZERO);
        }
        List<YearFigures> years = new ArrayList<>();
        BigDecimal cumulative = ZERO;

        for (int year = 0; year <= horizon; year++) {
            BigDecimal volume = year == 0 ? BigDecimal.ZERO : scenario.volume(year);
            Map<String, BigDecimal> costs = new LinkedHashMap<>();
            Map<String, Explanation> costExplanations = new LinkedHashMap<>();
            for (Party party : all) {
                BigDecimal lines =
                        year == 0 ? ZERO : yearlyCosts.party(party.id()).total();
                BigDecimal perCustomer = costBase.costPerCustomer(party.id());
                BigDecimal booked = money(perCustomer.multiply(volume)).add(lines);
                costs.put(party.id(), booked);
                costExplanations.put(
                        party.id(),
                        Explanation.of(Rule.PARTY_YEAR_COSTS)
                                .input("costPerCustomer", perCustomer)
                                .input("volume", volume)
                                .input("yearlyCostLines", lines)
                                .note(year == 0 ? "year 0 is before the first year: investments only" : null)
                                .result(booked));
            }
            BigDecimal revenue = money(scenario.price().multiply(volume));
            BigDecimal totalCosts = costs.values().stream().reduce(ZERO, BigDecimal::add);
            BigDecimal margin = revenue.subtract(totalCosts);
            BigDecimal subsidy = money(scenario.subsidyPerUnit().multiply(volume));
            BigDecimal totalMargin = margin.add(subsidy);
            Map<String, BigDecimal> investments = investmentsOf(input.investments(), all, year);
            BigDecimal totalInvestments = investments.values().stream().reduce(ZERO, BigDecimal::add);
            BigDecimal result = totalMargin.subtract(totalInvestments);
            BigDecimal previous = cumulative;
            cumulative = cumulative.add(result);

            MarginDistribution marginShares = year == 0
                    ? null
                    : distribute(() -> distributor.distribute(margin, parties, costBase, distribution), scenario, year);
            MarginDistribution subsidyShares = year == 0
                    ? null
                    : distribute(
                            () -> distributor.shareByKey(subsidy, parties, costBase, distribution), scenario, year);

            years.add(new YearFigures(
                    year,
                    volume,
                    revenue,
                    totalCosts,
                    margin,
                    subsidy,
                    totalMargin,
                    totalInvestments,
                    result,
                    cumulative,
                    yearExplanations(
                            scenario,
                            year,
                            volume,
                            revenue,
                            costs,
                            totalCosts,
                            margin,
                            subsidy,
                            totalMargin,
                            investments,
                            totalInvestments,
                            result,
                            previous,
                            cumulative)));

            for (Party party : all) {
                PartyShare marginShare = shareOf(marginShares, party);
                PartyShare subsidyShare = shareOf(subsidyShares, party);
                BigDecimal partyMargin = marginShare == null ? ZERO : marginShare.amount();
                BigDecimal partySubsidy = subsidyShare == null ? ZERO : subsidyShare.amount();
                BigDecimal partyCosts = costs.get(party.id());
                BigDecimal partyInvestments = investments.get(party.id());
                BigDecimal partyResult = partyMargin.add(partySubsidy).subtract(partyInvestments);
                BigDecimal partyPrevious = partyCumulative.get(party.id());
                BigDecimal partyCum = partyPrevious.add(partyResult);
                partyCumulative.put(party.id(), partyCum);
                partyYears
                        .get(party.id())
                        .add(new PartyYearFigures(
                                year,
                                partyCosts.add(partyMargin),
                                partyCosts,
                                partyMargin,
                                partySubsidy,
                                partyInvestments,
                                partyResult,
                                partyCum,
                                new Explanation.Figures()
                                        .put(
                                                "revenue",
                                                Explanation.of(Rule.PARTY_REVENUE)
                                                        .input("costs", partyCosts)
                                                        .input("margin", partyMargin)
                                                        .result(partyCosts.add(partyMargin)))
                                        .put("costs", costExplanations.get(party.id()))
                                        .put(
                                                "margin",
                                                shareExplanation(
                                                        Rule.PARTY_MARGIN_SHARE,
                                                        party,
                                                        margin,
                                                        marginShare,
                                                        distribution,
                                                        partyMargin))
                                        .put(
                                                "subsidy",
                                                shareExplanation(
                                                        Rule.PARTY_SUBSIDY_SHARE,
                                                        party,
                                                        subsidy,
                                                        subsidyShare,
                                                        distribution,
                                                        partySubsidy))
                                        .put(
                                                "investments",
                                                investmentExplanation(
                                                        input.investments(), party.id(), year, partyInvestments))
                                        .put(
                                                "result",
                                                Explanation.of(Rule.PARTY_RESULT)
                                                        .input("margin", partyMargin)
                                                        .input("subsidy", partySubsidy)
                                                        .input("investments", partyInvestments)
                                                        .result(partyResult))
                                        .put(
                                                "cumulativeResult",
                                                Explanation.of(Rule.CUMULATIVE_RESULT)
                                                        .input("previousCumulativeResult", partyPrevious)
                                                        .input("result", partyResult)
                                                        .result(partyCum))
                                        .build()));
            }
        }

        List<PartyProjection> partyProjections = new ArrayList<>();
        for (Party party : all) {
            List<PartyYearFigures> figures = partyYears.get(party.id());
            Integer breakEven = breakEvenYear(
                    figures.stream().map(PartyYearFigures::cumulativeResult).toList());
            partyProjections.add(new PartyProjection(
                    party.id(),
                    party.name(),
                    party.kind(),
                    figures,
                    breakEven,
                    new Explanation.Figures()
                            .put(
                                    "breakEvenYear",
                                    breakEvenExplanation(
                                            figures.stream()
                                                    .map(PartyYearFigures::cumulativeResult)
                                                    .toList(),
                                            breakEven))
                            .build()));
        }
        List<BigDecimal> cumulatives =
                years.stream().map(YearFigures::cumulativeResult).toList();
        Integer breakEven = breakEvenYear(cumulatives);
        return new ScenarioProjection(
                scenario.scenario(),
                scenario.price(),
                scenario.subsidyPerUnit(),
                years,
                breakEven,
                partyProjections,
                new Explanation.Figures()
                        .put(
                                "price",
                                Explanation.of(Rule.SCENARIO_PRICE)
                                        .input("scenario", scenario.scenario())
                                        .input("overridden", scenario.priceOverridden())
                                        .result(scenario.price()))
                        .put(
                                "subsidyPerUnit",
                                Explanation.of(Rule.SCENARIO_SUBSIDY)
                                        .input("scenario", scenario.scenario())
                                        .input("overridden", scenario.subsidyOverridden())
                                        .result(scenario.subsidyPerUnit()))
                        .put("breakEvenYear", breakEvenExplanation(cumulatives, breakEven))
                        .build());
    }

    /**
     * The first year from 1 whose cumulative result is at least zero. Year 0 never counts: with
     * nothing invested before the start it would be "break-even" before selling anything.
     */
    static Integer breakEvenYear(List<BigDecimal> cumulativeByYear) {
        for (int year = 1; year < cumulativeByYear.size(); year++) {
            if (cumulativeByYear.get(year).signum() >= 0) {
                return year;
            }
        }
        return null;
    }

    private static Explanation breakEvenExplanation(List<BigDecimal> cumulatives, Integer breakEven) {
        Explanation.Builder builder = Explanation.of(Rule.BREAK_EVEN_YEAR);
        for (int year = 0; year < cumulatives.size(); year++) {
            builder.input("cumulativeResult[" + year + "]", cumulatives.get(year));
        }
        return builder.note(breakEven == null ? "no year of the horizon reaches a cumulative result of zero" : null)
                .result(breakEven);
    }

    private static Map<String, Explanation> yearExplanations(
            ResolvedScenario scenario,
            int year,
            BigDecimal volume,
            BigDecimal revenue,
            Map<String, BigDecimal> costs,
            BigDecimal totalCosts,
            BigDecimal margin,
            BigDecimal subsidy,
            BigDecimal totalMargin,
            Map<String, BigDecimal> investments,
            BigDecimal totalInvestments,
            BigDecimal result,
            BigDecimal previous,
            BigDecimal cumulative) {
        Explanation.Builder costExplanation = Explanation.of(Rule.YEAR_COSTS);
        costs.forEach(costExplanation::input);
        Explanation.Builder investmentExplanation = Explanation.of(Rule.YEAR_INVESTMENTS);
        investments.forEach(investmentExplanation::input);
        return new Explanation.Figures()
                .put(
                        "volume",
                        Explanation.of(Rule.SCENARIO_VOLUME)
                                .input("scenario", scenario.scenario())
                                .input(
                                        "overridden",
                                        year > 0 && scenario.volumeOverridden().get(year - 1))
                                .note(year == 0 ? "year 0 is before the first year: nothing is sold" : null)
                                .result(volume))
                .put(
                        "revenue",
                        Explanation.of(Rule.YEAR_REVENUE)
                                .input("price", scenario.price())
                                .input("volume", volume)
                                .result(revenue))
                .put("costs", costExplanation.result(totalCosts))
                .put(
                        "margin",
                        Explanation.of(Rule.YEAR_MARGIN)
                                .input("revenue", revenue)
                                .input("costs", totalCosts)
                                .result(margin))
                .put(
                        "subsidy",
                        Explanation.of(Rule.YEAR_SUBSIDY)
                                .input("subsidyPerUnit", scenario.subsidyPerUnit())
                                .input("volume", volume)
                                .result(subsidy))
                .put(
                        "totalMargin",
                        Explanation.of(Rule.YEAR_TOTAL_MARGIN)
                                .input("margin", margin)
                                .input("subsidy", subsidy)
                                .result(totalMargin))
                .put("investments", investmentExplanation.result(totalInvestments))
                .put(
                        "result",
                        Explanation.of(Rule.YEAR_RESULT)
                                .input("totalMargin", totalMargin)
                                .input("investments", totalInvestments)
                                .result(result))
                .put(
                        "cumulativeResult",
                        Explanation.of(Rule.CUMULATIVE_RESULT)
                                .input("previousCumulativeResult", previous)
                                .input("result", result)
                                .result(cumulative))
                .build();
    }

    private static Explanation shareExplanation(
            Rule rule,
            Party party,
            BigDecimal whole,
            PartyShare share,
            DistributionRule distribution,
            BigDecimal amount) {
        Explanation.Builder builder = Explanation.of(rule).input("yearTotal", whole);
        if (share == null) {
            return builder.note(
                            party.isPartner()
                                    ? "year 0 has nothing to share"
                                    : "an external supplier is paid its costs and takes no share")
                    .result(amount);
        }
        Explanation keyShare = share.explain("keyShare");
        builder.input(
                        "key",
                        distribution == null
                                ? "cost-contribution"
                                : distribution.keyOrDefault().jsonName())
                .input("incentive", share.incentive())
                .input("keyShare", share.keyShare())
                .input("bound", share.bound());
        keyShare.inputs().forEach((name, value) -> builder.input("keyShare." + name, value));
        return builder.note(keyShare.note()).result(amount);
    }

    private static Explanation investmentExplanation(
            List<Investment> investments, String partyId, int year, BigDecimal total) {
        Explanation.Builder builder = Explanation.of(Rule.YEAR_INVESTMENTS);
        for (Investment investment : investments) {
            if (investment.partyId().equals(partyId) && investment.year() == year) {
                builder.input(investment.item() == null ? "investment" : investment.item(), investment.amount());
            }
        }
        return builder.result(total);
    }

    /** Each party's investments in the year, booked in cents. */
    private static Map<String, BigDecimal> investmentsOf(List<Investment> investments, List<Party> parties, int year) {
        Map<String, BigDecimal> exact = new LinkedHashMap<>();
        for (Party party : parties) {
            exact.put(party.id(), BigDecimal.ZERO);
        }
        for (Investment investment : investments) {
            if (investment.year() == year) {
                exact.merge(investment.partyId(), investment.amount(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> booked = new LinkedHashMap<>();
        exact.forEach((party, amount) -> booked.put(party, money(amount)));
        return booked;
    }

    private static PartyShare shareOf(MarginDistribution distribution, Party party) {
        if (distribution == null || !party.isPartner()) {
            return null;
        }
        return distribution.share(party.id());
    }

    /** Runs a distribution of one year and says which year and scenario a rule could not be met in. */
    private static MarginDistribution distribute(
            Supplier<MarginDistribution> distribution, ResolvedScenario scenario, int year) {
        try {
            return distribution.get();
        } catch (CalculationInputException e) {
            List<CalculationInputException.InvalidField> located = e.invalidFields().stream()
                    .map(f -> new CalculationInputException.InvalidField(
                            f.field(),
                            f.message() + " (year " + year + " of the "
                                    + scenario.scenario().jsonName() + " scenario)"))
                    .toList();
            throw new CalculationInputException(located);
        }
    }

    private static void validate(Parties parties, ProjectionInput input) {
        Violations violations = new Violations();
        if (!violations.requirePresent(FIELD, input)) {
            violations.throwIfAny();
        }
        Integer horizon = input.horizonYears();
        boolean horizonOk = violations.requirePresent(FIELD + ".horizonYears", horizon);
        if (horizonOk && (horizon < 1 || horizon > ProjectionInput.MAX_HORIZON_YEARS)) {
            violations.add(
                    FIELD + ".horizonYears", "must be 1 to " + ProjectionInput.MAX_HORIZON_YEARS + ", was " + horizon);
            horizonOk = false;
        }
        int years = horizonOk ? horizon : ProjectionInput.MAX_HORIZON_YEARS;

        String basePath = FIELD + ".revenue";
        if (violations.requirePresent(basePath, input.revenue())) {
            RevenueBase base = input.revenue();
            if (base.price() == null) {
                violations.add(basePath + ".price", "is required when no pricing method is chosen");
            } else {
                violations.requirePositive(basePath + ".price", base.price());
            }
            if (base.subsidyPerUnit() != null) {
                violations.requireNonNegative(basePath + ".subsidyPerUnit", base.subsidyPerUnit());
            }
            Set<Integer> covered = validateVolumes(violations, basePath + ".volumes", base.volumes(), years);
            if (horizonOk) {
                for (int year = 1; year <= years; year++) {
                    if (!covered.contains(year)) {
                        violations.add(basePath + ".volumes", "has no volume for year " + year);
                        break;
                    }
                }
            }
        }

        Set<Scenario> seen = new HashSet<>();
        for (int i = 0; i < input.scenarios().size(); i++) {
            String path = FIELD + ".scenarios[" + i + "]";
            ScenarioOverride override = input.scenarios().get(i);
            if (!violations.requirePresent(path, override)) {
                continue;
            }
            if (violations.requirePresent(path + ".scenario", override.scenario()) && !seen.add(override.scenario())) {
                violations.add(path + ".scenario", "is overridden twice: " + override.scenario());
            }
            if (override.price() != null) {
                violations.requirePositive(path + ".price", override.price());
            }
            if (override.subsidyPerUnit() != null) {
                violations.requireNonNegative(path + ".subsidyPerUnit", override.subsidyPerUnit());
            }
            validateVolumes(violations, path + ".volumes", override.volumes(), years);
        }

        for (int i = 0; i < input.investments().size(); i++) {
            String path = FIELD + ".investments[" + i + "]";
            Investment investment = input.investments().get(i);
            if (!violations.requirePresent(path, investment)) {
                continue;
            }
            parties.requireKnown(violations, path + ".partyId", investment.partyId());
            if (violations.requirePresent(path + ".year", investment.year())
                    && (investment.year() < Investment.BEFORE_YEAR_ONE || investment.year() > years)) {
                violations.add(
                        path + ".year", "must be 0 (before the first year) to " + years + ", was " + investment.year());
            }
            violations.requireNonNegative(path + ".amount", investment.amount());
            violations.requireAtMost(path + ".item", investment.item(), Violations.MAX_NAME_LENGTH);
        }
        YearlyCostCalculator.validate(parties, input.yearlyCosts(), violations);
        violations.throwIfAny();
    }

    /** Checks year volumes and returns the years they cover. */
    private static Set<Integer> validateVolumes(
            Violations violations, String path, List<YearVolume> volumes, int years) {
        Set<Integer> covered = new HashSet<>();
        for (int i = 0; i < volumes.size(); i++) {
            String itemPath = path + "[" + i + "]";
            YearVolume volume = volumes.get(i);
            if (!violations.requirePresent(itemPath, volume)) {
                continue;
            }
            violations.requireNonNegative(itemPath + ".volume", volume.volume());
            if (!violations.requirePresent(itemPath + ".year", volume.year())) {
                continue;
            }
            if (volume.year() < 1 || volume.year() > years) {
                violations.add(itemPath + ".year", "must be 1 to " + years + ", was " + volume.year());
            } else if (!covered.add(volume.year())) {
                violations.add(itemPath + ".year", "has a volume already: " + volume.year());
            }
        }
        return covered;
    }
}
