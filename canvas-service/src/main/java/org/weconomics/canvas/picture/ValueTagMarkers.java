package org.weconomics.canvas.picture;

import org.weconomics.canvas.template.Language;
import org.weconomics.canvas.template.ValueTag;

/**
 * How a value tag shows on a sticky: a small coloured marker with its letter(s), the same in Dutch and English,
 * explained by name in the legend.
 */
final class ValueTagMarkers {

    private ValueTagMarkers() {}

    static String letters(ValueTag tag) {
        return switch (tag) {
            case ECONOMIC -> "E";
            case SOCIAL -> "S";
            case ECOLOGICAL -> "Eco";
        };
    }

    /** {@code #RRGGBB}, dark enough for white letters. */
    static String colour(ValueTag tag) {
        return switch (tag) {
            case ECONOMIC -> "#1565C0";
            case SOCIAL -> "#C2185B";
            case ECOLOGICAL -> "#2E7D32";
        };
    }

    static String name(ValueTag tag, Language language) {
        return switch (tag) {
            case ECONOMIC -> Labels.of(language, "Economische waarde", "Economic value");
            case SOCIAL -> Labels.of(language, "Sociale waarde", "Social value");
            case ECOLOGICAL -> Labels.of(language, "Ecologische waarde", "Ecological value");
        };
    }
}
