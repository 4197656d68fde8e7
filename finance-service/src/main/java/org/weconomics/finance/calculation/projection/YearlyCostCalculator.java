package org.weconomics.finance.calculation.projection;

import static org.weconomics.finance.calculation.RoundingRules.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.weconomics.finance.calculation.Explanation;
import org.weconomics.finance.calculation.Parties;
import org.weconomics.finance.calculation.Party;
import org.weconomics.finance.calculation.Rule;
import org.weconomics.finance.calculation.Violations;

/** Works out the project cost of every yearly cost line and each party's yearly total. */
public final class YearlyCostCalculator {

    static final String FIELD = ProjectionInput.FIELD + ".yearlyCosts";

    /**
     * @throws org.weconomics.finance.calculation.CalculationInputException naming
     *     {@code projection.yearlyCosts[i].…} for every invalid value
     */
    public YearlyCostSheet calculate(Parties parties, List<YearlyCostLine> lines) {
        List<YearlyCostLine> listed = lines == null ? List.of() : lines;
        Violations violations = new Violations();
        validate(parties, listed, violations);
        violations.throwIfAny();

        Map<String, List<YearlyCostLine>> byParty = new LinkedHashMap<>();
        for (Party party : parties.all()) {
            byParty.put(party.id(), new ArrayList<>());
        }
        for (YearlyCostLine line : listed) {
            byParty.get(line.partyId()).add(line);
        }

        List<PartyCostLines> perParty = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Explanation.Builder totalExplanation = Explanation.of(Rule.YEARLY_COST_LINES_TOTAL);
        for (Party party : parties.all()) {
            List<CostLineResult> results = new ArrayList<>();
            BigDecimal exact = BigDecimal.ZERO;
            Explanation.Builder partyExplanation = Explanation.of(Rule.PARTY_YEARLY_COST_LINES);
            for (YearlyCostLine line : byParty.get(party.id())) {
                BigDecimal projectCost = line.costPerPiece().multiply(line.quantity());
                exact = exact.add(projectCost);
                partyExplanation.input(line.item(), projectCost);
                results.add(new CostLineResult(
                        line.item(),
                        line.costPerPiece(),
                        line.quantity(),
                        money(projectCost),
                        new Explanation.Figures()
                                .put(
                                        "projectCost",
                                        Explanation.of(Rule.COST_LINE_PROJECT_COST)
                                                .input("costPerPiece", line.costPerPiece())
                                                .input("quantity", line.quantity())
                                                .result(money(projectCost)))
                                .build()));
            }
            BigDecimal booked = money(exact);
            total = total.add(booked);
            totalExplanation.input(party.id(), booked);
            perParty.add(new PartyCostLines(
                    party.id(),
                    party.name(),
                    results,
                    booked,
                    new Explanation.Figures()
                            .put("total", partyExplanation.result(booked))
                            .build()));
        }
        return new YearlyCostSheet(
                perParty,
                total,
                new Explanation.Figures()
                        .put("total", totalExplanation.result(total))
                        .build());
    }

    static void validate(Parties parties, List<YearlyCostLine> lines, Violations violations) {
        for (int i = 0; i < lines.size(); i++) {
            String path = FIELD + "[" + i + "]";
            YearlyCostLine line = lines.get(i);
            if (!violations.requirePresent(path, line)) {
                continue;
            }
            parties.requireKnown(violations, path + ".partyId", line.partyId());
            violations.requireText(path + ".item", line.item(), Violations.MAX_NAME_LENGTH);
            violations.requireNonNegative(path + ".costPerPiece", line.costPerPiece());
            violations.requireNonNegative(path + ".quantity", line.quantity());
        }
    }
}
