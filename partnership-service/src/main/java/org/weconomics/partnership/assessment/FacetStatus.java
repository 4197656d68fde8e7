package org.weconomics.partnership.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far a facet (or an element of the agreement) has been worked out. */
public enum FacetStatus {
    @JsonProperty("cleared")
    CLEARED,
    @JsonProperty("open-points")
    OPEN_POINTS,
    @JsonProperty("to-be-addressed")
    TO_BE_ADDRESSED;

    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
