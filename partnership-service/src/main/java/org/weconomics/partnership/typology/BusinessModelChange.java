package org.weconomics.partnership.typology;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Typology axis 1: does the partnership renew the business model, or keep a known one? */
public enum BusinessModelChange {
    @JsonProperty("innovative")
    INNOVATIVE,
    @JsonProperty("traditional")
    TRADITIONAL;

    public String jsonName() {
        return name().toLowerCase();
    }
}
