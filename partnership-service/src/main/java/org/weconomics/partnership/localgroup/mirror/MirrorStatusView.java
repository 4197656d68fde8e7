package org.weconomics.partnership.localgroup.mirror;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How far Keycloak follows a local group.
 *
 * @param state {@code in-sync}: nothing pending; {@code pending}: tasks wait or are being retried;
 *     {@code failing}: a task failed repeatedly and keeps being retried; {@code disabled}: mirroring is off
 */
@Schema(name = "MirrorStatus", description = "Whether Keycloak groups follow this local group and its members.")
public record MirrorStatusView(
        @Schema(example = "gent") String localGroup,
        @Schema(
                        enumeration = {"in-sync", "pending", "failing", "disabled"},
                        example = "in-sync")
                String state,
        @Schema(description = "The Keycloak group path tokens carry for members.", example = "/local-groups/gent")
                String keycloakGroupPath,
        @Schema(description = "When the last task was applied (or superseded).") OffsetDateTime lastCompletedAt,
        @Schema(description = "Tasks still to apply, oldest first.") List<Task> pendingTasks) {

    /** One change Keycloak has yet to follow. */
    @Schema(name = "MirrorTask")
    public record Task(
            long id,
            @Schema(example = "gent") String localGroup,
            @Schema(example = "add-member") MirrorOperation operation,
            @Schema(description = "The member concerned, for member operations.") String userId,
            OffsetDateTime createdAt,
            @Schema(description = "Failed attempts so far.", example = "0") int attempts,
            @Schema(description = "Why the last attempt failed.") String lastError,
            OffsetDateTime nextAttemptAt) {

        static Task of(MirrorTask task) {
            return new Task(
                    task.id,
                    task.localGroup,
                    task.operation,
                    task.userId,
                    task.createdAt,
                    task.attempts,
                    task.lastError,
                    task.nextAttemptAt);
        }
    }
}
