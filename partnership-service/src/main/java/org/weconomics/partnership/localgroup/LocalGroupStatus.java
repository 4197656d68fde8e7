package org.weconomics.partnership.localgroup;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A local group is open until an admin closes it; a closed group keeps its history but grants nothing. */
public enum LocalGroupStatus {
    @JsonProperty("open")
    OPEN,
    @JsonProperty("closed")
    CLOSED;

    public String jsonName() {
        return name().toLowerCase();
    }
}
