package org.weconomics.finance.people;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.weconomics.support.events.inbox.EventHandlers;
import org.weconomics.support.events.inbox.EventInbox;
import org.weconomics.support.people.KnownMembers;

/**
 * Keeps the read model of local-group members: whom finance-service refuses once an admin removed them from a
 * local group (their tokens still name it), and the names of the people in its figures.
 */
@ApplicationScoped
public class LocalGroupMembersConsumer {

    public static final String CHANNEL = "local-group-members";
    static final String CONSUMER = "finance-service.known-members";

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
