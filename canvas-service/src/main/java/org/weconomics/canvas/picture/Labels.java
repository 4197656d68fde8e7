package org.weconomics.canvas.picture;

import org.weconomics.canvas.template.Language;

/** The picture's own words ("+3 meer", legend, appendix headings) in the board's language. */
final class Labels {

    private Labels() {}

    static String of(Language language, String dutch, String english) {
        return language == Language.NL ? dutch : english;
    }
}
