package org.weconomics.finance.calculation.pricing;

import java.math.BigDecimal;
import java.util.List;
import org.weconomics.finance.calculation.InputLists;

/**
 * Top-down pricing from the alternatives in the market.
 *
 * @param alternatives   at least one
 * @param position       where among them to price; {@code null} for {@link MarketPosition#AVERAGE}
 * @param subsidyPerUnit optional subsidy per unit sold; {@code null} for none
 */
public record MarketAlternatives(
        List<MarketAlternative> alternatives, MarketPosition position, BigDecimal subsidyPerUnit) {

    public MarketAlternatives {
        alternatives = InputLists.copy(alternatives);
    }

    public MarketPosition positionOrDefault() {
        return position == null ? MarketPosition.AVERAGE : position;
    }
}
