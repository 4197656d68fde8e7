package org.weconomics.canvas.template;

import java.util.List;
import java.util.Locale;

/**
 * The languages templates are written in. Dutch is the first language of the method's users; it is what a
 * client gets when it states no preference, or only preferences we cannot serve.
 */
public enum Language {
    NL("nl"),
    EN("en");

    public static final String CONTENT_LANGUAGE = "Content-Language";

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The best of our languages for an {@code Accept-Language} header, by the client's weights. */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return NL;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return NL;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String primary = range.getRange().split("-")[0];
            for (Language language : values()) {
                if (language.tag.equals(primary)) {
                    return language;
                }
            }
        }
        return NL;
    }
}
