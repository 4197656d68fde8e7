package org.weconomics.canvas.workshop;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One thing the workshop agreed to do after the day. */
@Schema(name = "WorkshopNextStep")
public record NextStep(
        @Schema(
                        description = "invite-to-local-group, start-partnership-trajectory, join-weconomics-network or "
                                + "other.",
                        example = "start-partnership-trajectory")
                @NotNull
                NextStepKind kind,
        @Schema(
                        description = "What is to be done, in the workshop's language.",
                        example = "Een partnerschap starten met de drie thuiszorgorganisaties, vanuit het BMC")
                @NotNull
                @Size(min = 1, max = 1000)
                @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
                String text,
        @Schema(
                        description = "Token subject of who takes it on, a member of the workshop's local group; "
                                + "optional.",
                        example = "a1b2c3d4-0000-4000-8000-000000000001")
                @Size(min = 1, max = 100)
                @Pattern(regexp = "\\S.*", message = "must not be blank")
                String owner,
        @Schema(description = "By when; optional.", example = "2027-04-30") LocalDate dueDate) {}
