package org.weconomics.finance.calculation.projection;

import java.util.List;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;
import org.weconomics.finance.calculation.PartyKind;

/**
 * One party's years of a scenario.
 *
 * @param years         year 0 to the horizon
 * @param breakEvenYear the first year from 1 whose cumulative result is at least zero, or {@code null}
 */
public record PartyProjection(
        String partyId,
        String name,
        PartyKind kind,
        List<PartyYearFigures> years,
        Integer breakEvenYear,
        Map<String, Explanation> explanations)
        implements Explained {

    public PartyProjection {
        years = List.copyOf(years);
    }

    public PartyYearFigures year(int year) {
        return years.get(year);
    }
}
