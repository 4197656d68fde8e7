package org.weconomics.support.text;

import java.util.Optional;

/**
 * The one rule for control characters in what a client sends: none, except tab, line feed and carriage
 * return, which belong to ordinary text. NUL in particular never reaches the database (PostgreSQL refuses it
 * in text), and the other C0 and C1 controls and DEL have no place in names or notes either.
 */
public final class ControlCharacters {

    /** The rule as a client reads it next to the field's name. */
    public static final String RULE = "must not contain control characters (tab and line breaks are allowed)";

    private ControlCharacters() {}

    /** What is wrong with the value, empty when it keeps the rule. */
    public static Optional<String> violationIn(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            if (isRefused(character)) {
                return Optional.of(
                        RULE + "; found U+" + String.format("%04X", (int) character) + " at position " + index);
            }
        }
        return Optional.empty();
    }

    static boolean isRefused(char character) {
        if (character == '\t' || character == '\n' || character == '\r') {
            return false;
        }
        return character < 0x20 || (character >= 0x7F && character <= 0x9F);
    }
}
