package org.weconomics.events.workshop;

import java.util.UUID;

/**
 * A part of a workshop's plan changed: its details, participants, quickscan, agenda, afternoon steps or next steps, or
 * the step the group is at. The event names the part; a consumer reads the workshop for the new state.
 *
 * @param workshopId the workshop
 * @param localGroup key of its local group
 * @param part what changed: {@code details}, {@code participants}, {@code quickscan}, {@code agenda}, {@code steps},
 *     {@code current-step} or {@code next-steps}
 * @param changedBy token subject of who changed it
 * @param version the workshop's version after the change
 */
public record WorkshopChanged(UUID workshopId, String localGroup, String part, String changedBy, long version)
        implements WorkshopEvent {}
