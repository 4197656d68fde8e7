package org.weconomics.events.canvas;

import java.util.UUID;

/**
 * The facilitator started, paused, extended or ended the shared timer of the workshop step the group works on, on this
 * canvas. A screen shows the time left as {@code remainingSeconds} minus the time since {@code startedAt} while the
 * timer runs, and {@code remainingSeconds} as it is while it is paused.
 *
 * @param canvasId the canvas of the step
 * @param localGroup key of its local group
 * @param workshopId the workshop
 * @param step the step's index in the workshop's afternoon, from 0
 * @param blockKey the step's block
 * @param action {@code start}, {@code pause}, {@code extend} or {@code end}
 * @param state the timer's state after it: {@code running}, {@code paused} or {@code stopped}
 * @param startedAt while running: when it (re)started, as an ISO instant; null otherwise
 * @param remainingSeconds the seconds left at {@code startedAt} (running) or now (paused); 0 when stopped
 * @param changedBy token subject of who did it
 * @param sequence the canvas's change sequence of this change (see {@link CanvasChangeEvent})
 */
public record WorkshopTimerChanged(
        UUID canvasId,
        String localGroup,
        UUID workshopId,
        int step,
        String blockKey,
        String action,
        String state,
        String startedAt,
        int remainingSeconds,
        String changedBy,
        Long sequence)
        implements CanvasChangeEvent {}
