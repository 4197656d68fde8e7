package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * One year of a scenario for one party, in cents.
 *
 * @param revenue          costs + margin: what the partnership pays the party
 * @param costs            the party's cost per customer × volume + its yearly cost lines
 * @param margin           the party's share of the year's margin (zero for an external supplier)
 * @param subsidy          the party's share of the year's subsidy (zero for an external supplier)
 * @param investments      the party's investments in this year
 * @param result           margin + subsidy − investments
 * @param cumulativeResult the party's results of year 0 up to this year
 */
public record PartyYearFigures(
        int year,
        BigDecimal revenue,
        BigDecimal costs,
        BigDecimal margin,
        BigDecimal subsidy,
        BigDecimal investments,
        BigDecimal result,
        BigDecimal cumulativeResult,
        Map<String, Explanation> explanations)
        implements Explained {}
