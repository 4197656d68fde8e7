package org.weconomics.finance.calculation.projection;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.Violations;

/**
 * An investment a party makes.
 *
 * @param partyId any party, external suppliers included
 * @param year    {@value #BEFORE_YEAR_ONE} for before the partnership starts ("voor jaar 0"), or 1 to the horizon
 * @param item    what is invested in
 * @param amount  not negative
 */
public record Investment(
        String partyId, Integer year, @Schema(maxLength = Violations.MAX_NAME_LENGTH) String item, BigDecimal amount) {

    public static final int BEFORE_YEAR_ONE = 0;
}
