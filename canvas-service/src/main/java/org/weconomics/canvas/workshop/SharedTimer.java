package org.weconomics.canvas.workshop;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.weconomics.support.problem.ProblemException;

/**
 * The rules of the shared timer of the step the group is at. It starts with the step's timebox (or resumes with what
 * was left when paused), pauses keeping what is left, gets more minutes while running or paused, and ends. Only the
 * state changes here; what a screen shows is {@link TimerView}, what is published the service decides.
 */
final class SharedTimer {

    private SharedTimer() {}

    static void start(Workshop workshop, OffsetDateTime now) {
        WorkshopStep step = currentStep(workshop);
        switch (workshop.timerState) {
            case RUNNING -> throw ProblemException.conflict("The timer runs already; pause or end it first");
            case PAUSED -> {}
            case STOPPED -> workshop.timerRemainingSeconds = step.minutes() * 60;
        }
        workshop.timerState = TimerState.RUNNING;
        workshop.timerStartedAt = now;
    }

    static void pause(Workshop workshop, OffsetDateTime now) {
        currentStep(workshop);
        if (workshop.timerState != TimerState.RUNNING) {
            throw ProblemException.conflict("Only a running timer can be paused; it is " + workshop.timerState.key());
        }
        workshop.timerRemainingSeconds = secondsLeft(workshop, now);
        workshop.timerState = TimerState.PAUSED;
        workshop.timerStartedAt = null;
    }

    static void extend(Workshop workshop, int minutes, OffsetDateTime now) {
        currentStep(workshop);
        if (workshop.timerState == TimerState.STOPPED) {
            throw ProblemException.conflict("The timer is stopped; start it instead");
        }
        if (workshop.timerState == TimerState.RUNNING) {
            // Counted from now, so that time that ran out before the extension is not given back twice.
            workshop.timerRemainingSeconds = secondsLeft(workshop, now);
            workshop.timerStartedAt = now;
        }
        workshop.timerRemainingSeconds += minutes * 60;
    }

    static void end(Workshop workshop) {
        currentStep(workshop);
        if (workshop.timerState == TimerState.STOPPED) {
            throw ProblemException.conflict("The timer is stopped already");
        }
        stop(workshop);
    }

    /** Stops the timer without asking, as moving to another step does. */
    static void stop(Workshop workshop) {
        workshop.timerState = TimerState.STOPPED;
        workshop.timerStartedAt = null;
        workshop.timerRemainingSeconds = null;
    }

    static int secondsLeft(Workshop workshop, OffsetDateTime now) {
        return switch (workshop.timerState) {
            case STOPPED -> 0;
            case PAUSED -> workshop.timerRemainingSeconds;
            case RUNNING ->
                (int) Math.max(
                        0,
                        workshop.timerRemainingSeconds
                                - Duration.between(workshop.timerStartedAt, now).toSeconds());
        };
    }

    private static WorkshopStep currentStep(Workshop workshop) {
        if (workshop.currentStep == null) {
            throw ProblemException.conflict("The group is at no step yet; move to a step first " + "(POST /workshops/"
                    + workshop.id + "/steps/current)");
        }
        return workshop.steps.get(workshop.currentStep);
    }
}
