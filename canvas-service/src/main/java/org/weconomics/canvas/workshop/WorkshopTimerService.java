package org.weconomics.canvas.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;
import org.weconomics.canvas.access.CanvasOperation;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.history.CanvasChanges;
import org.weconomics.canvas.history.WhatChanged;
import org.weconomics.events.canvas.CanvasEvents;
import org.weconomics.events.canvas.WorkshopTimerChanged;
import org.weconomics.support.access.Caller;

/**
 * The shared timer of the step the group is at: start, pause, extend, end. Each change is a change of the step's
 * canvas ({@code org.weconomics.canvas.workshop-timer-changed} in its change log), so the canvas's live feed carries it
 * to every screen that follows the board; the workshop's view shows the timer too, for screens that poll it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WorkshopTimerService {

    private final WorkshopService workshops;
    private final CanvasChanges changeLog;
    private final Caller caller;

    public WorkshopTimerService(WorkshopService workshops, CanvasChanges changeLog, Caller caller) {
        this.workshops = workshops;
        this.changeLog = changeLog;
        this.caller = caller;
    }

    public WorkshopView start(@NotNull UUID id, long expectedVersion) {
        return change(
                id,
                expectedVersion,
                CanvasOperation.START_WORKSHOP_TIMER,
                "start",
                workshop -> SharedTimer.start(workshop, CanvasService.now()));
    }

    public WorkshopView pause(@NotNull UUID id, long expectedVersion) {
        return change(
                id,
                expectedVersion,
                CanvasOperation.PAUSE_WORKSHOP_TIMER,
                "pause",
                workshop -> SharedTimer.pause(workshop, CanvasService.now()));
    }

    public WorkshopView extend(@NotNull UUID id, long expectedVersion, @NotNull @Valid ExtendTimerRequest request) {
        return change(
                id,
                expectedVersion,
                CanvasOperation.EXTEND_WORKSHOP_TIMER,
                "extend",
                workshop -> SharedTimer.extend(workshop, request.minutes(), CanvasService.now()));
    }

    public WorkshopView end(@NotNull UUID id, long expectedVersion) {
        return change(id, expectedVersion, CanvasOperation.END_WORKSHOP_TIMER, "end", SharedTimer::end);
    }

    private WorkshopView change(
            UUID id, long expectedVersion, CanvasOperation operation, String action, Consumer<Workshop> rule) {
        Workshop workshop = workshops.begin(id, expectedVersion, operation);
        if (workshop.currentStep != null) {
            WorkshopService.requireCanvasOf(workshop.steps.get(workshop.currentStep));
        }
        OffsetDateTime now = CanvasService.now();
        TimerView before = TimerView.of(workshop, now);
        rule.accept(workshop);
        workshops.touch(workshop);
        TimerView after = TimerView.of(workshop, now);
        int stepIndex = workshop.currentStep;
        WorkshopStep step = workshop.steps.get(stepIndex);
        changeLog.record(
                CanvasEvents.WORKSHOP_TIMER_CHANGED,
                WhatChanged.ofCanvas(step.canvasId(), before, after),
                sequence -> new WorkshopTimerChanged(
                        step.canvasId(),
                        workshop.localGroup,
                        workshop.id,
                        stepIndex,
                        step.blockKey(),
                        action,
                        after.state().key(),
                        workshop.timerStartedAt == null ? null : workshop.timerStartedAt.toString(),
                        workshop.timerRemainingSeconds == null ? 0 : workshop.timerRemainingSeconds,
                        caller.subject(),
                        sequence));
        return workshops.view(workshop);
    }
}
