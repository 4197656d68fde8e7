package org.weconomics.partnership.tension;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The three value domains of the blended BMC a tension belongs to. */
public enum ValueDomain {
    @JsonProperty("value-proposition")
    VALUE_PROPOSITION,
    @JsonProperty("value-creation")
    VALUE_CREATION,
    @JsonProperty("value-capture")
    VALUE_CAPTURE;

    /** The name clients and catalogue files use. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
