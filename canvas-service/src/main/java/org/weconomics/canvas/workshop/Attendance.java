package org.weconomics.canvas.workshop;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a participant came: invited beforehand, then present or absent on the day. */
public enum Attendance {
    @JsonProperty("invited")
    INVITED,
    @JsonProperty("present")
    PRESENT,
    @JsonProperty("absent")
    ABSENT
}
