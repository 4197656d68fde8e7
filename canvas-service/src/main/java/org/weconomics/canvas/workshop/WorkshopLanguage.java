package org.weconomics.canvas.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.weconomics.canvas.template.Language;

/** The language the workshop is held in; the agenda and the steps are shown in it. */
public enum WorkshopLanguage {
    @JsonProperty("nl")
    NL(Language.NL),
    @JsonProperty("en")
    EN(Language.EN);

    private final Language language;

    WorkshopLanguage(Language language) {
        this.language = language;
    }

    /** The templates' language of the same name. */
    public Language language() {
        return language;
    }
}
