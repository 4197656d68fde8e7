package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.Violations;

/**
 * A cost a party has every year of the horizon on top of its costs per customer
 * ("kosten, jaarlijkse opmaak").
 *
 * @param partyId      any party
 * @param item         what the cost is
 * @param costPerPiece cost of one piece ("kost / stuk"), not negative
 * @param quantity     pieces needed per year ("vereist"), not negative
 */
public record YearlyCostLine(
        String partyId,
        @Schema(maxLength = Violations.MAX_NAME_LENGTH) String item,
        BigDecimal costPerPiece,
        BigDecimal quantity) {}
