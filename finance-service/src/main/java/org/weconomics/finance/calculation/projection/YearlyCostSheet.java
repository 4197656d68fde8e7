package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * The yearly cost lines of every party, as in the template's "kosten" table.
 *
 * @param parties every party in party order, also those without lines
 * @param total   the sum of the parties' totals
 */
public record YearlyCostSheet(List<PartyCostLines> parties, BigDecimal total, Map<String, Explanation> explanations)
        implements Explained {

    public YearlyCostSheet {
        parties = List.copyOf(parties);
    }

    public PartyCostLines party(String partyId) {
        return parties.stream()
                .filter(p -> p.partyId().equals(partyId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no party " + partyId));
    }
}
