package org.weconomics.support.events.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.weconomics.events.EventContract;
import org.weconomics.events.EventContracts;
import org.weconomics.events.EventPayload;
import org.weconomics.support.database.DatabaseUnavailable;
import org.weconomics.support.events.EventBackboneConfig;
import org.weconomics.support.time.Timestamps;

/**
 * Applies received events at most once in effect: the handler's changes and the record that the
 * event was processed commit in one transaction, so a redelivered event is recognised and skipped.
 * A failing handler is retried a bounded number of times, each in a fresh transaction; then the
 * exception propagates and the channel's dead-letter strategy parks the event with the reason. A database
 * that cannot be reached is no fault of the event: then the event waits (pauses doubling up to
 * {@value #LONGEST_DATABASE_WAIT_SECONDS} s) until the database is back, without using up its attempts, so that
 * a database restart parks nothing.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    private static final long LONGEST_DATABASE_WAIT_SECONDS = 5;

    private final ObjectMapper json;
    private final EventBackboneConfig config;

    public EventInbox(ObjectMapper json, EventBackboneConfig config) {
        this.json = json;
        this.config = config;
    }

    /**
     * @param consumer the name under which this consumer records what it processed
     * @param metadata the CloudEvents attributes of the received record
     * @param data the event's JSON payload
     */
    public void process(String consumer, IncomingCloudEventMetadata<?> metadata, String data, EventHandlers handlers) {
        ReceivedEvent event = new ReceivedEvent(
                metadata.getId(),
                metadata.getType(),
                metadata.getDataSchema().map(Object::toString).orElse(null),
                String.valueOf(metadata.getSource()),
                metadata.getSubject().orElse(null),
                metadata.getTimeStamp().orElse(null));
        EventContract<?> contract = EventContracts.find(event.type(), event.dataSchema())
                .orElseThrow(() -> new UnprocessableEventException(
                        "No contract describes type " + event.type() + " with schema " + event.dataSchema(), null));
        dispatch(consumer, event, contract, data, handlers);
    }

    private <P extends EventPayload> void dispatch(
            String consumer, ReceivedEvent event, EventContract<P> contract, String data, EventHandlers handlers) {
        Optional<EventHandler<P>> handler = handlers.handlerOf(contract);
        if (handler.isEmpty()) {
            return;
        }
        P payload = parse(contract, data, event);
        int attempt = 1;
        int databaseWaits = 0;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().run(() -> applyOnce(consumer, event, payload, handler.get()));
                return;
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.isCauseOf(e)) {
                    databaseWaits++;
                    LOG.warnf(
                            "Event %s (%s) waits for the database (%d): %s",
                            event.id(), event.type(), databaseWaits, e.getMessage());
                    pause(databaseWait(databaseWaits));
                    continue;
                }
                if (attempt >= config.consumer().maxAttempts()) {
                    throw new IllegalStateException(
                            "Event " + event.id() + " (" + event.type() + ") failed " + attempt + " times: "
                                    + e.getMessage(),
                            e);
                }
                LOG.warnf(
                        "Event %s (%s) failed attempt %d, retrying: %s",
                        event.id(), event.type(), attempt, e.getMessage());
                pauseBefore(++attempt);
            }
        }
    }

    private <P extends EventPayload> void applyOnce(
            String consumer, ReceivedEvent event, P payload, EventHandler<P> handler) {
        if (ProcessedEvent.isProcessed(consumer, event.id())) {
            LOG.debugf("Event %s already processed by %s; skipped", event.id(), consumer);
            return;
        }
        handler.apply(payload, event);
        ProcessedEvent processed = new ProcessedEvent();
        processed.consumer = consumer;
        processed.eventId = event.id();
        processed.eventType = event.type();
        processed.processedAt = Timestamps.now();
        processed.persist();
    }

    private <P extends EventPayload> P parse(EventContract<P> contract, String data, ReceivedEvent event) {
        try {
            // A tolerant reader: publishers may add fields to a contract without a new version.
            return json.readerFor(contract.payloadType())
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(data);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException(
                    "Event " + event.id() + " breaks contract " + contract.dataSchema() + ": " + e.getMessage(), e);
        }
    }

    private void pauseBefore(int attempt) {
        pause(config.consumer().backoff().multipliedBy(1L << Math.min(attempt - 2, 10)));
    }

    private Duration databaseWait(int waits) {
        Duration pause = config.consumer().backoff().multipliedBy(1L << Math.min(waits - 1, 10));
        Duration longest = Duration.ofSeconds(LONGEST_DATABASE_WAIT_SECONDS);
        return pause.compareTo(longest) > 0 ? longest : pause;
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }
}
