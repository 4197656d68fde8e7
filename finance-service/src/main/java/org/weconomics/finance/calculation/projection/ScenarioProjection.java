package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * A scenario projected over the horizon. Per year the parties' results add up to the partnership's.
 *
 * @param price          the scenario's price per unit
 * @param subsidyPerUnit the scenario's subsidy per unit
 * @param years          year 0 (before the first year) to the horizon
 * @param breakEvenYear  the first year from 1 whose cumulative result is at least zero, or {@code null}
 * @param parties        every party in party order
 */
public record ScenarioProjection(
        Scenario scenario,
        BigDecimal price,
        BigDecimal subsidyPerUnit,
        List<YearFigures> years,
        Integer breakEvenYear,
        List<PartyProjection> parties,
        Map<String, Explanation> explanations)
        implements Explained {

    public ScenarioProjection {
        years = List.copyOf(years);
        parties = List.copyOf(parties);
    }

    public YearFigures year(int year) {
        return years.get(year);
    }

    public PartyProjection party(String partyId) {
        return parties.stream()
                .filter(p -> p.partyId().equals(partyId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no party " + partyId));
    }
}
