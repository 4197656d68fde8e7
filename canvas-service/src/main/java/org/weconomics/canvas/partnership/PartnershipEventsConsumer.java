package org.weconomics.canvas.partnership;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.weconomics.support.events.inbox.EventHandlers;
import org.weconomics.support.events.inbox.EventInbox;

/**
 * Keeps the read model of partnerships ({@link KnownPartnerships}) in step with partnership-service's events, in a
 * consumer group of its own. Events of one partnership arrive in order (they are keyed by partnership id).
 */
@ApplicationScoped
public class PartnershipEventsConsumer {

    public static final String CHANNEL = "partnership-events";
    static final String CONSUMER = "canvas-service.known-partnerships";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public PartnershipEventsConsumer(EventInbox inbox, KnownPartnerships partnerships) {
        this.inbox = inbox;
        this.handlers = partnerships.handlers();
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String data, IncomingCloudEventMetadata<String> event) {
        inbox.process(CONSUMER, event, data, handlers);
    }
}
