package org.weconomics.support.number;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How large and how fine a decimal in a request may be: 15 digits before the point (amounts up to a thousand
 * billion euros and beyond) and 10 after it. Without a bound, {@code 1e200000} reads as a valid BigDecimal and then
 * meets PostgreSQL's NUMERIC (131,072 digits before the point at most: a 500) or becomes a 200,000-digit figure in
 * every calculation and download.
 */
public final class DecimalLimits {

    public static final int MAX_INTEGER_DIGITS = 15;
    public static final int MAX_FRACTION_DIGITS = 10;

    private DecimalLimits() {}

    /** Why {@code value} is refused, or empty when it is within the limits. */
    public static Optional<String> violationIn(BigDecimal value) {
        BigDecimal significant = value.stripTrailingZeros();
        int integerDigits = significant.precision() - significant.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return Optional.of("must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (significant.scale() > MAX_FRACTION_DIGITS) {
            return Optional.of("must have at most " + MAX_FRACTION_DIGITS + " digits after the decimal point");
        }
        return Optional.empty();
    }
}
