package org.weconomics.partnership.tension;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/**
 * Where a tension stands. It opens, the partners take it into dialogue, and the dialogue ends with a solution
 * (resolved) or with the partners consciously living with it (accepted). An accepted tension comes back into
 * dialogue when a review shows it still hurts; a resolved one stays resolved (a new tension is recorded instead).
 */
public enum TensionStatus {
    @JsonProperty("open")
    OPEN,
    @JsonProperty("in-dialogue")
    IN_DIALOGUE,
    @JsonProperty("resolved")
    RESOLVED,
    @JsonProperty("accepted")
    ACCEPTED;

    public Set<TensionStatus> next() {
        return switch (this) {
            case OPEN -> Set.of(IN_DIALOGUE);
            case IN_DIALOGUE -> Set.of(RESOLVED, ACCEPTED);
            case ACCEPTED -> Set.of(IN_DIALOGUE);
            case RESOLVED -> Set.of();
        };
    }

    public boolean mayBecome(TensionStatus target) {
        return next().contains(target);
    }

    /** Open and in dialogue: the partners still have to settle it. */
    public boolean isUnsettled() {
        return this == OPEN || this == IN_DIALOGUE;
    }

    /** Resolved tensions need no more reviews; the others do. */
    public boolean needsReview() {
        return this != RESOLVED;
    }

    public String jsonName() {
        return name().toLowerCase().replace('_', '-');
    }
}
