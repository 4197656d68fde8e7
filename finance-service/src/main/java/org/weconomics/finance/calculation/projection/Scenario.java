package org.weconomics.finance.calculation.projection;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The revenue scenarios of the method ("best – middle – worst case"). */
public enum Scenario {
    @JsonProperty("best")
    BEST,
    @JsonProperty("middle")
    MIDDLE,
    @JsonProperty("worst")
    WORST;

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
