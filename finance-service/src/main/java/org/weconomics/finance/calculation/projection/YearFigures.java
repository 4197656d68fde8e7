package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * One year of a scenario for the partnership as a whole, in cents. Year 0 is before the first year:
 * it has investments only.
 *
 * @param volume           units sold
 * @param revenue          price × volume
 * @param costs            the parties' costs per customer × volume + their yearly cost lines
 * @param margin           revenue − costs
 * @param subsidy          subsidy per unit × volume
 * @param totalMargin      margin + subsidy
 * @param investments      made in this year
 * @param result           total margin − investments
 * @param cumulativeResult the results of year 0 up to this year
 */
public record YearFigures(
        int year,
        BigDecimal volume,
        BigDecimal revenue,
        BigDecimal costs,
        BigDecimal margin,
        BigDecimal subsidy,
        BigDecimal totalMargin,
        BigDecimal investments,
        BigDecimal result,
        BigDecimal cumulativeResult,
        Map<String, Explanation> explanations)
        implements Explained {}
