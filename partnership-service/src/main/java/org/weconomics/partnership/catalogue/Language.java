package org.weconomics.partnership.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** The languages user-facing texts come in; Dutch is what users speak, English the fallback for everyone else. */
public enum Language {
    NL,
    EN;

    /** Dutch is what the method's users speak; English is there for whoever asks for it. */
    public static final Language DEFAULT = NL;

    /** The first language of an Accept-Language list that we have, or the default. */
    public static Language preferredOf(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            for (Language language : values()) {
                if (language.code().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return DEFAULT;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The text of a catalogue node shaped {@code {"nl": …, "en": …}} in this language (or the other when missing). */
    public String pick(JsonNode localized) {
        if (localized == null || localized.isNull()) {
            return null;
        }
        JsonNode text = localized.get(code());
        if (text == null || text.isNull()) {
            text = localized.get(this == NL ? EN.code() : NL.code());
        }
        return text == null ? null : text.asText();
    }
}
