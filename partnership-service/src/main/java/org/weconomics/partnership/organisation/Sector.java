package org.weconomics.partnership.organisation;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The economy a partner organisation belongs to: social economy (SEC) or regular economy (REC). */
public enum Sector {
    @JsonProperty("social-economy")
    SOCIAL_ECONOMY,
    @JsonProperty("regular-economy")
    REGULAR_ECONOMY;

    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
