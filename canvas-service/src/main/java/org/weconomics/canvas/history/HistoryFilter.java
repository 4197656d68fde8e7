package org.weconomics.canvas.history;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import org.weconomics.support.problem.ProblemException;

/**
 * Which changes a history shows, and in which order.
 *
 * @param newestFirst newest first (the default) or oldest first
 * @param kinds only changes of these kinds; every kind when empty
 * @param since only changes at or after this time, or every change when null
 */
public record HistoryFilter(boolean newestFirst, List<String> kinds, OffsetDateTime since) {

    public static final String NEWEST = "newest";
    public static final String OLDEST = "oldest";

    /** Reads the query parameters of the history routes; malformed ones are bad fields. */
    public static HistoryFilter fromParameters(String order, List<String> kinds, String since) {
        return new HistoryFilter(newestFirst(order), kinds(kinds), since(since));
    }

    private static boolean newestFirst(String order) {
        if (order == null || order.isBlank() || order.strip().equals(NEWEST)) {
            return true;
        }
        if (order.strip().equals(OLDEST)) {
            return false;
        }
        throw ProblemException.invalidField("order", "must be newest or oldest");
    }

    private static List<String> kinds(List<String> kinds) {
        List<String> named = kinds == null
                ? List.of()
                : kinds.stream()
                        .filter(Objects::nonNull)
                        .flatMap(kind -> List.of(kind.split(",")).stream())
                        .map(String::strip)
                        .filter(kind -> !kind.isEmpty())
                        .distinct()
                        .toList();
        List<String> known = ChangeKinds.logged();
        for (String kind : named) {
            if (!known.contains(kind)) {
                throw ProblemException.invalidField("kind", "must be one of " + String.join(", ", known));
            }
        }
        return named;
    }

    private static OffsetDateTime since(String since) {
        if (since == null || since.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(since.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(
                    "since", "must be a date and time with an offset, such as 2026-03-14T09:00:00+01:00");
        }
    }
}
