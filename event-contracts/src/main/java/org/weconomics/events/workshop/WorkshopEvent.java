package org.weconomics.events.workshop;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * An event about one workshop, keyed by the workshop's id, so that the events of a workshop arrive in the order they
 * happened. {@code version} is the workshop's version after the change (its ETag), so a consumer can tell an event it
 * has seen from a newer one.
 */
public interface WorkshopEvent extends EventPayload {

    UUID workshopId();

    long version();

    @Override
    default String aggregateId() {
        return workshopId().toString();
    }
}
