package org.weconomics.canvas.workshop;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shared timer as every screen shows it: while it runs, a screen counts down to {@code endsAt} on its own clock;
 * while it is paused, it shows {@code remainingSeconds}.
 */
@Schema(name = "WorkshopTimer")
public record TimerView(
        @Schema(description = "stopped, running or paused.", example = "running") TimerState state,
        @Schema(description = "While running: when it (re)started.") OffsetDateTime startedAt,
        @Schema(description = "While running: when the step's time is up.") OffsetDateTime endsAt,
        @Schema(description = "Seconds left at the time of this response; 0 when stopped or run out.", example = "540")
                int remainingSeconds) {

    static TimerView of(Workshop workshop, OffsetDateTime now) {
        return switch (workshop.timerState) {
            case STOPPED -> new TimerView(TimerState.STOPPED, null, null, 0);
            case PAUSED -> new TimerView(TimerState.PAUSED, null, null, workshop.timerRemainingSeconds);
            case RUNNING -> {
                OffsetDateTime endsAt = workshop.timerStartedAt.plusSeconds(workshop.timerRemainingSeconds);
                long left = Duration.between(now, endsAt).toSeconds();
                yield new TimerView(TimerState.RUNNING, workshop.timerStartedAt, endsAt, (int) Math.max(0, left));
            }
        };
    }
}
