package org.weconomics.events.workshop;

import java.util.List;
import org.weconomics.events.EventContract;
import org.weconomics.events.Topics;

/**
 * Contracts of the workshop aggregate (the one-day workshop: its plan, participants, agenda and steps), published by
 * canvas-service on {@link Topics#WORKSHOP}, keyed by workshop id. The shared timer of a step is a change of the
 * step's canvas ({@code org.weconomics.canvas.workshop-timer-changed} on the canvas topic), so that the canvas's live
 * feed carries it to every screen.
 */
public final class WorkshopEvents {

    public static final EventContract<WorkshopCreated> CREATED =
            new EventContract<>("org.weconomics.canvas.workshop-created", 1, Topics.WORKSHOP, WorkshopCreated.class);

    public static final EventContract<WorkshopChanged> CHANGED =
            new EventContract<>("org.weconomics.canvas.workshop-changed", 1, Topics.WORKSHOP, WorkshopChanged.class);

    public static final EventContract<WorkshopStatusChanged> STATUS_CHANGED = new EventContract<>(
            "org.weconomics.canvas.workshop-status-changed", 1, Topics.WORKSHOP, WorkshopStatusChanged.class);

    /**
     * The workshop's outcome at the end of the day. Named after its aggregate ({@code org.weconomics.<aggregate>.<event>},
     * as the conventions ask), unlike the three above, which carry the publishing service's prefix.
     */
    public static final EventContract<WorkshopPresented> PRESENTED =
            new EventContract<>("org.weconomics.workshop.presented", 1, Topics.WORKSHOP, WorkshopPresented.class);

    public static final List<EventContract<?>> ALL = List.of(CREATED, CHANGED, STATUS_CHANGED, PRESENTED);

    private WorkshopEvents() {}
}
