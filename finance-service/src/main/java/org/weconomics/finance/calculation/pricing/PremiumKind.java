package org.weconomics.finance.calculation.pricing;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the premium of added-value pricing pays for. */
public enum PremiumKind {
    @JsonProperty("sustainability")
    SUSTAINABILITY,
    @JsonProperty("strategic")
    STRATEGIC,
    @JsonProperty("technical")
    TECHNICAL,
    @JsonProperty("social")
    SOCIAL;

    /** The constant as the API and the events spell it. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
