package org.weconomics.finance.calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects every invalid input value of one calculation before failing, so a user sees all mistakes
 * of a form at once instead of one per round trip.
 */
public final class Violations {

    /** The longest name or item text the database keeps (its VARCHAR(200) columns). */
    public static final int MAX_NAME_LENGTH = 200;

    private final List<CalculationInputException.InvalidField> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new CalculationInputException.InvalidField(field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @return whether the value is present */
    public boolean requirePresent(String field, Object value) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** @return whether the text is present and not blank */
    public boolean requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "must not be blank");
            return false;
        }
        return true;
    }

    /** @return whether the text is present, not blank and at most {@code maxLength} characters long */
    public boolean requireText(String field, String value, int maxLength) {
        return requireText(field, value) && requireAtMost(field, value, maxLength);
    }

    /** @return whether the optional text is absent or at most {@code maxLength} characters long */
    public boolean requireAtMost(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters long, was " + value.length());
            return false;
        }
        return true;
    }

    /** @return whether the number is present and at least zero */
    public boolean requireNonNegative(String field, BigDecimal value) {
        if (!requirePresent(field, value)) {
            return false;
        }
        if (value.signum() < 0) {
            add(field, "must not be negative, was " + value.toPlainString());
            return false;
        }
        return true;
    }

    /** @return whether the number is present and above zero */
    public boolean requirePositive(String field, BigDecimal value) {
        if (!requirePresent(field, value)) {
            return false;
        }
        if (value.signum() <= 0) {
            add(field, "must be greater than zero, was " + value.toPlainString());
            return false;
        }
        return true;
    }

    /** @return whether the number is present and between 0 and 100, both included */
    public boolean requirePercentage(String field, BigDecimal value) {
        if (!requireNonNegative(field, value)) {
            return false;
        }
        if (value.compareTo(RoundingRules.HUNDRED) > 0) {
            add(field, "must not be more than 100, was " + value.toPlainString());
            return false;
        }
        return true;
    }

    /**
     * Amounts that are paid out as they are (floors, caps, fixed fees) must be whole cents, or the
     * parts could no longer add up to the total to the cent.
     *
     * @return whether the amount is present, not negative and whole cents
     */
    public boolean requireNonNegativeCents(String field, BigDecimal value) {
        if (!requireNonNegative(field, value)) {
            return false;
        }
        if (value.stripTrailingZeros().scale() > RoundingRules.MONEY_SCALE) {
            add(field, "must be a whole number of cents, was " + value.toPlainString());
            return false;
        }
        return true;
    }

    /** Fails with every violation found so far; does nothing when there is none. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new CalculationInputException(found);
        }
    }
}
