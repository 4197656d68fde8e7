package org.weconomics.partnership.typology;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Typology axis 2: is value created in one integrated activity, or in several differentiated ones? */
public enum ActivityIntegration {
    @JsonProperty("integrated")
    INTEGRATED,
    @JsonProperty("differentiated")
    DIFFERENTIATED;

    public String jsonName() {
        return name().toLowerCase();
    }
}
