package org.weconomics.partnership.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The expected degree of impact on one dimension. */
public enum ImpactRating {
    @JsonProperty("high")
    HIGH,
    @JsonProperty("medium")
    MEDIUM,
    @JsonProperty("low")
    LOW;

    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
