package org.weconomics.partnership.community;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Who pays the network leader in a community's revenue model ("de aanbieder betaalt / de vrager betaalt"). */
public enum RevenuePayer {
    @JsonProperty("supplier")
    SUPPLIER,
    @JsonProperty("demander")
    DEMANDER,
    @JsonProperty("both")
    BOTH;

    public String jsonName() {
        return name().toLowerCase();
    }
}
