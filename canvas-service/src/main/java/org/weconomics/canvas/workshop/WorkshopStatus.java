package org.weconomics.canvas.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a workshop is in its day: planned, running (the group is at work), presented (the canvases were presented at
 * the end of the day), closed (the follow-up is done). It only moves forward, one step at a time: a day that happened
 * cannot be planned again.
 */
public enum WorkshopStatus {
    @JsonProperty("planned")
    PLANNED("planned"),
    @JsonProperty("running")
    RUNNING("running"),
    @JsonProperty("presented")
    PRESENTED("presented"),
    @JsonProperty("closed")
    CLOSED("closed");

    private final String key;

    WorkshopStatus(String key) {
        this.key = key;
    }

    /** The name clients and events use. */
    public String key() {
        return key;
    }

    /** The one status this one may move to, or null for a closed workshop. */
    public WorkshopStatus next() {
        return this == CLOSED ? null : values()[ordinal() + 1];
    }

    public boolean mayBecome(WorkshopStatus status) {
        return status != null && status == next();
    }
}
