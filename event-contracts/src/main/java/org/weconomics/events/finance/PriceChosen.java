package org.weconomics.events.finance;

import java.math.BigDecimal;
import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A partnership chose (or re-priced) the pricing method it goes with; carries the chosen proposal as
 * it is after the change. Amounts are in the model's currency, rounded to cents.
 *
 * @param earningsModelId the model
 * @param partnershipId the partnership it belongs to
 * @param localGroup key of the partnership's local group
 * @param method {@code fixed-price}, {@code fixed-margin}, {@code market-alternatives} or {@code added-value}
 *     (version 1: {@code FIXED_PRICE}, {@code FIXED_MARGIN} …)
 * @param currency ISO 4217 code of the amounts
 * @param recommendedPrice the price per unit of the chosen method
 * @param unitCost what serving one customer costs
 * @param margin price − unit cost
 * @param marginPercent margin ÷ price × 100, or null when the price is zero
 * @param subsidyPerUnit the subsidy per unit, zero for none
 * @param version the model's version after the change
 */
public record PriceChosen(
        UUID earningsModelId,
        UUID partnershipId,
        String localGroup,
        String method,
        String currency,
        BigDecimal recommendedPrice,
        BigDecimal unitCost,
        BigDecimal margin,
        BigDecimal marginPercent,
        BigDecimal subsidyPerUnit,
        long version)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return earningsModelId.toString();
    }
}
