package org.weconomics.support.events.inbox;

import org.weconomics.events.EventPayload;

/** Applies one typed event; it runs inside the transaction that also records the event as processed. */
@FunctionalInterface
public interface EventHandler<P extends EventPayload> {

    void apply(P payload, ReceivedEvent event);
}
