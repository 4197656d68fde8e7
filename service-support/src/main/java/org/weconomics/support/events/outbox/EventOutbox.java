package org.weconomics.support.events.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.weconomics.events.EventContract;
import org.weconomics.events.EventPayload;
import org.weconomics.support.time.Timestamps;

/**
 * Records domain events in the transaction of the state change they describe. Nothing is sent here:
 * the {@link OutboxRelay} publishes committed events, so an event exists exactly when its change does.
 */
@ApplicationScoped
public class EventOutbox {

    private final ObjectMapper json;
    private final Event<OutboxEventRecorded> recorded;

    public EventOutbox(ObjectMapper json, Event<OutboxEventRecorded> recorded) {
        this.json = json;
        this.recorded = recorded;
    }

    /** Adds an event to the outbox; it must run inside the transaction that makes the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P extends EventPayload> UUID record(EventContract<P> contract, P payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.eventType = contract.type();
        event.dataSchema = contract.dataSchema();
        event.topic = contract.topic();
        event.aggregateId = payload.aggregateId();
        event.payload = serialize(payload);
        event.occurredAt = Timestamps.now();
        event.persist();
        recorded.fire(new OutboxEventRecorded(event.sequence));
        return event.eventId;
    }

    private String serialize(EventPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Event payload " + payload.getClass().getName() + " cannot be serialized", e);
        }
    }
}
