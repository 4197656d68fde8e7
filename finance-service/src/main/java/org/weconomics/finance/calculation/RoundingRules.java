package org.weconomics.finance.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of the finance calculations.
 *
 * <ul>
 * <li>Sums and products are exact: {@link BigDecimal} never rounds them.</li>
 * <li>A quotient is computed exactly and rounded once, straight to the scale of the figure it
 * becomes ({@link BigDecimal#divide(BigDecimal, int, RoundingMode)} rounds the exact quotient, so
 * there is no intermediate precision to lose). Distributions work on exact fractions.</li>
 * <li>Money is rounded to cents ({@value #MONEY_SCALE} decimals), half-even, only where a figure is
 * allocated (a price, a party's share, an amount booked in a year) or shown in a result; figures
 * that feed another calculation are passed on exactly (see {@code CostBase}).</li>
 * <li>Percentages are percent values (33.33 means 33.33 %) with {@value #PERCENT_SCALE} decimals,
 * half-even; a set of percentages that should make 100 % (cost shares, shares of a distributed total)
 * is rounded by the largest-remainder method instead, so it adds up to exactly 100.00.</li>
 * <li>Amounts that must add up to a whole (a distributed margin) are allocated in cents by the
 * largest-remainder method: every part is rounded down, and the cents left over go one each to the
 * parts with the largest remainders; on equal remainders the party listed first wins.</li>
 * </ul>
 *
 * Amounts carry no currency of their own: an earnings model is in one currency, euro by default.
 */
public final class RoundingRules {

    public static final int MONEY_SCALE = 2;
    public static final int PERCENT_SCALE = 2;
    public static final RoundingMode MODE = RoundingMode.HALF_EVEN;
    public static final String DEFAULT_CURRENCY = "EUR";

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoundingRules() {}

    /** The exact amount rounded half-even to cents. */
    public static BigDecimal money(BigDecimal exact) {
        return exact.setScale(MONEY_SCALE, MODE);
    }

    /** {@code dividend ÷ divisor}, rounded half-even to cents. */
    public static BigDecimal moneyQuotient(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, MONEY_SCALE, MODE);
    }

    /**
     * {@code part ÷ whole × 100}, rounded half-even to {@value #PERCENT_SCALE} decimals; {@code null}
     * when the whole is zero, because a share of nothing is not a number.
     */
    public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, MODE);
    }

    /** A percentage as a plain string with a percent sign, for explanations. */
    public static String percentText(BigDecimal percent) {
        return percent == null ? "n/a" : percent.toPlainString() + " %";
    }
}
