package org.weconomics.canvas.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shared timer of the step the group is at. */
public enum TimerState {
    @JsonProperty("stopped")
    STOPPED("stopped"),
    @JsonProperty("running")
    RUNNING("running"),
    @JsonProperty("paused")
    PAUSED("paused");

    private final String key;

    TimerState(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
