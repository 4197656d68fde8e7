package org.weconomics.canvas.workshop;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One participant of a workshop: a member of the local group (by token subject) or a named guest without an account
 * (by name only), who appears by that name on the canvases.
 */
@Schema(name = "WorkshopParticipant", description = "A member (subject) or a named guest (name); exactly one of them.")
public record Participant(
        @Schema(description = "Token subject of a member of the workshop's local group.")
                @Size(min = 1, max = 100)
                @Pattern(regexp = "\\S.*", message = "must not be blank")
                String subject,
        @Schema(description = "The name of a guest without an account.", example = "Fatima El Amrani")
                @Size(min = 1, max = 200)
                @Pattern(regexp = "\\S.*", message = "must not be blank")
                String name,
        @Schema(description = "invited, present or absent.", example = "invited") @NotNull Attendance attendance) {}
