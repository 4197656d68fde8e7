package org.weconomics.canvas.people;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.weconomics.support.events.inbox.EventHandlers;
import org.weconomics.support.events.inbox.EventInbox;
import org.weconomics.support.people.KnownMembers;

/** Keeps the read model of local-group members (facilitators are checked against it, names come from it). */
@ApplicationScoped
public class LocalGroupMembersConsumer {

    public static final String CHANNEL = "local-group-members";
    static final String CONSUMER = "canvas-service.known-members";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public LocalGroupMembersConsumer(EventInbox inbox, KnownMembers members) {
        this.inbox = inbox;
        this.handlers = members.handlers();
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String data, IncomingCloudEventMetadata<String> event) {
        inbox.process(CONSUMER, event, data, handlers);
    }
}
