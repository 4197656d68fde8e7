package org.weconomics.canvas.note;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The colours of the post-its on the wall; a workshop uses them to tell kinds of notes apart. */
public enum NoteColour {
    @JsonProperty("yellow")
    YELLOW,
    @JsonProperty("orange")
    ORANGE,
    @JsonProperty("pink")
    PINK,
    @JsonProperty("blue")
    BLUE,
    @JsonProperty("green")
    GREEN,
    @JsonProperty("purple")
    PURPLE;

    /** The name clients and events use. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
