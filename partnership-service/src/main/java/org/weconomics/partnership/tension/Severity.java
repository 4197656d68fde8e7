package org.weconomics.partnership.tension;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much a tension weighs on the partnership. */
public enum Severity {
    @JsonProperty("low")
    LOW,
    @JsonProperty("medium")
    MEDIUM,
    @JsonProperty("high")
    HIGH;

    /** The name clients and catalogue files use. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
