package org.weconomics.partnership.tension;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a tension's history. */
@Schema(name = "TensionChange")
public record TensionChangeView(
        @Schema(
                        enumeration = {"recorded", "changed", "status-changed", "solution-added"},
                        example = "status-changed")
                String action,
        @Schema(description = "Token subject of who made the change.") String changedBy,
        OffsetDateTime changedAt,
        @Schema(description = "The fields whose value differs between before and after.", example = "[\"status\"]")
                List<String> changedFields,
        @Schema(description = "The tension before the change; null when it was recorded.") Map<String, Object> before,
        @Schema(description = "The tension after the change.") Map<String, Object> after) {

    /** Bookkeeping fields that change with every write and say nothing about the tension itself. */
    private static final List<String> BOOKKEEPING = List.of("version", "updatedAt");

    static TensionChangeView of(TensionChange change) {
        List<String> changed = change.after.keySet().stream()
                .filter(field -> !BOOKKEEPING.contains(field))
                .filter(field ->
                        change.before == null || !Objects.equals(change.before.get(field), change.after.get(field)))
                .sorted()
                .toList();
        return new TensionChangeView(
                change.action, change.changedBy, change.changedAt, changed, change.before, change.after);
    }
}
