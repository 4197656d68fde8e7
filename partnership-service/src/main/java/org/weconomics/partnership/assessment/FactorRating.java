package org.weconomics.partnership.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far a success factor is present in the partnership. */
public enum FactorRating {
    @JsonProperty("met")
    MET,
    @JsonProperty("partly-met")
    PARTLY_MET,
    @JsonProperty("not-met")
    NOT_MET;

    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
