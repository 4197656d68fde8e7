package org.weconomics.canvas.canvas;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.weconomics.support.problem.ProblemException;

/**
 * Where a canvas is in its life: prepared, filled in a workshop, presented, put away. It moves forward one
 * step at a time; a presented canvas may go back into a follow-up workshop; any canvas may be archived, and
 * an archived canvas is final and read-only.
 */
public enum CanvasStatus {
    @JsonProperty("draft")
    DRAFT("draft"),
    @JsonProperty("in-workshop")
    IN_WORKSHOP("in-workshop"),
    @JsonProperty("presented")
    PRESENTED("presented"),
    @JsonProperty("archived")
    ARCHIVED("archived");

    private final String key;

    CanvasStatus(String key) {
        this.key = key;
    }

    /** The name clients and events use. */
    public String key() {
        return key;
    }

    public Set<CanvasStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_WORKSHOP, ARCHIVED);
            case IN_WORKSHOP -> EnumSet.of(PRESENTED, ARCHIVED);
            case PRESENTED -> EnumSet.of(IN_WORKSHOP, ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(CanvasStatus.class);
        };
    }

    public boolean mayBecome(CanvasStatus status) {
        return next().contains(status);
    }

    public String describeNext() {
        return next().isEmpty()
                ? "none; an archived canvas is final"
                : next().stream().map(CanvasStatus::key).collect(Collectors.joining(", "));
    }

    /** The status a query parameter names, or null when it names none; anything else is a bad field. */
    public static CanvasStatus fromParameter(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values())
                .filter(status -> status.key.equals(value.strip()))
                .findFirst()
                .orElseThrow(() ->
                        ProblemException.invalidField(field, "must be one of draft, in-workshop, presented, archived"));
    }
}
