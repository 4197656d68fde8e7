package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * One party's yearly cost lines.
 *
 * @param total the sum of the lines' exact project costs, in cents: what the party books every year
 */
public record PartyCostLines(
        String partyId,
        String name,
        List<CostLineResult> lines,
        BigDecimal total,
        Map<String, Explanation> explanations)
        implements Explained {

    public PartyCostLines {
        lines = List.copyOf(lines);
    }
}
