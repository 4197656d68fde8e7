package org.weconomics.events.workshop;

import java.util.List;
import java.util.UUID;

/**
 * A facilitator set up a workshop; the canvases of its afternoon were created with it (each announced by its own
 * {@code org.weconomics.canvas.created}).
 *
 * @param workshopId the workshop
 * @param localGroup key of its local group
 * @param title its title
 * @param date the day it takes place, as an ISO date ({@code 2027-03-18})
 * @param format {@code half-day-theory}, {@code full-day-cmc} or {@code full-day-cmc-bmc}
 * @param variant {@code own-case} or {@code trainer-case}
 * @param facilitators token subjects of its facilitators
 * @param canvasIds the canvases it set up, in the order of the afternoon
 * @param createdBy token subject of who set it up
 * @param version the workshop's version
 */
public record WorkshopCreated(
        UUID workshopId,
        String localGroup,
        String title,
        String date,
        String format,
        String variant,
        List<String> facilitators,
        List<UUID> canvasIds,
        String createdBy,
        long version)
        implements WorkshopEvent {}
