package org.weconomics.finance.calculation.distribution;

import java.math.BigDecimal;
import java.util.Map;
import org.weconomics.finance.calculation.Explained;
import org.weconomics.finance.calculation.Explanation;

/**
 * One partner's part under the distribution key alone, as in the template's "marge verdeling" table.
 *
 * @param weight  the partner's weight under the key (its cost, 1, or its percentage), exact
 * @param percent weight ÷ sum of weights in percent; the partners' percentages add up to exactly 100.00
 */
public record PartyKeyShare(
        String partyId, String name, BigDecimal weight, BigDecimal percent, Map<String, Explanation> explanations)
        implements Explained {}
