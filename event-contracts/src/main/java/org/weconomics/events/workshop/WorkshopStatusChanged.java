package org.weconomics.events.workshop;

import java.util.UUID;

/**
 * A workshop moved on in its day: {@code planned}, {@code running}, {@code presented}, {@code closed}; only forward.
 *
 * @param workshopId the workshop
 * @param localGroup key of its local group
 * @param previousStatus the status it had
 * @param status the status it has now
 * @param changedBy token subject of who moved it
 * @param version the workshop's version after the change
 */
public record WorkshopStatusChanged(
        UUID workshopId, String localGroup, String previousStatus, String status, String changedBy, long version)
        implements WorkshopEvent {}
