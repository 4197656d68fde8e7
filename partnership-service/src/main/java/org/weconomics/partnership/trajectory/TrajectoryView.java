package org.weconomics.partnership.trajectory;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a partnership is in the four-step trajectory, in the language the client asked for. */
@Schema(name = "Trajectory")
public record TrajectoryView(
        UUID partnershipId,
        @Schema(example = "nl") String language,
        @Schema(description = "The first step that is not complete.", example = "1") int currentStep,
        List<StepView> steps) {

    @Schema(name = "TrajectoryStep")
    public record StepView(
            @Schema(example = "1") int number,
            @Schema(example = "value-proposition-and-value-chain") String key,
            @Schema(example = "Waardepropositie en waardeketen bepalen") String title,
            @Schema(example = "in-progress") Trajectory.Status status,
            @Schema(description = "What the step still lacks; empty when complete.") List<Lack> lacking) {}

    @Schema(name = "TrajectoryLack")
    public record Lack(
            @Schema(example = "no-value-chain") String code,
            @Schema(example = "Nog geen waardeketen") String message) {}
}
