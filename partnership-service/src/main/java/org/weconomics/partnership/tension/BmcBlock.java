package org.weconomics.partnership.tension;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The nine blocks of the Business Model Canvas, by their catalogue keys. */
public enum BmcBlock {
    @JsonProperty("customer-segments")
    CUSTOMER_SEGMENTS,
    @JsonProperty("value-proposition")
    VALUE_PROPOSITION,
    @JsonProperty("channels")
    CHANNELS,
    @JsonProperty("customer-relationships")
    CUSTOMER_RELATIONSHIPS,
    @JsonProperty("revenue-streams")
    REVENUE_STREAMS,
    @JsonProperty("key-resources")
    KEY_RESOURCES,
    @JsonProperty("key-activities")
    KEY_ACTIVITIES,
    @JsonProperty("key-partners")
    KEY_PARTNERS,
    @JsonProperty("cost-structure")
    COST_STRUCTURE;

    /** The name clients and catalogue files use. */
    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
