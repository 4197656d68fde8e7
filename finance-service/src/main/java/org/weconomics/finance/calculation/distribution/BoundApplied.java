package org.weconomics.finance.calculation.distribution;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a partner's share was held at its floor or cap instead of following the key. */
public enum BoundApplied {
    @JsonProperty("none")
    NONE,
    @JsonProperty("floor")
    FLOOR,
    @JsonProperty("cap")
    CAP;

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
