package org.weconomics.partnership.tension;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a tension is prioritised: a strategic, organisational or legal challenge. */
public enum TensionCategory {
    @JsonProperty("strategic")
    STRATEGIC,
    @JsonProperty("organisational")
    ORGANISATIONAL,
    @JsonProperty("legal")
    LEGAL;

    /** The name clients and catalogue files use. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
