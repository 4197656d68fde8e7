package org.weconomics.finance.calculation.pricing;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.Violations;

/**
 * An offer in the market that customers could choose instead.
 *
 * @param name  whose offer it is
 * @param price its price per unit, above zero
 */
public record MarketAlternative(@Schema(maxLength = Violations.MAX_NAME_LENGTH) String name, BigDecimal price) {}
