package org.weconomics.canvas.template;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Locale;
import org.weconomics.support.problem.ProblemException;

/** The kind of value a note creates in a blended business model (economische, sociale, ecologische waarde). */
public enum ValueTag {
    @JsonProperty("economic")
    ECONOMIC,
    @JsonProperty("social")
    SOCIAL,
    @JsonProperty("ecological")
    ECOLOGICAL;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The tag a query parameter names, or null when it names none; anything else is a bad field. */
    public static ValueTag fromParameter(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values())
                .filter(tag -> tag.key().equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> ProblemException.invalidField(field, "must be one of economic, social, ecological"));
    }
}
