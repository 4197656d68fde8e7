package org.weconomics.support.events.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.weconomics.support.events.EventBackboneConfig;
import org.weconomics.support.time.Timestamps;

/**
 * Publishes committed outbox events to Kafka, oldest first, and marks each published only once the
 * broker acknowledged it. A failed publish leaves the event (and every later one) in the outbox for
 * the next pass, so nothing is dropped and each aggregate's events keep their order. Several
 * instances of a service may run: a PostgreSQL advisory lock lets one relay at a time.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The channel the relay publishes on; the topic is chosen per event. */
    public static final String CHANNEL = "domain-events";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long ADVISORY_LOCK_KEY = 0x5765636f6e6f6dL;

    private final MutinyEmitter<String> emitter;
    private final EntityManager entityManager;
    private final EventBackboneConfig config;
    private final ManagedExecutor executor;
    private final AtomicBoolean relaying = new AtomicBoolean();
    private final AtomicBoolean wokenWhileRelaying = new AtomicBoolean();

    public OutboxRelay(
            @Channel(CHANNEL) MutinyEmitter<String> emitter,
            EntityManager entityManager,
            EventBackboneConfig config,
            ManagedExecutor executor) {
        this.emitter = emitter;
        this.entityManager = entityManager;
        this.config = config;
        this.executor = executor;
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventRecorded recorded) {
        executor.execute(this::relayPending);
    }

    @Scheduled(
            every = "${weconomics.events.relay.interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTick() {
        relayPending();
    }

    /** Relays until the outbox holds no published-ready event; concurrent calls coalesce into one run. */
    public void relayPending() {
        wokenWhileRelaying.set(true);
        while (wokenWhileRelaying.get() && relaying.compareAndSet(false, true)) {
            try {
                wokenWhileRelaying.set(false);
                boolean more = true;
                while (more) {
                    more = QuarkusTransaction.requiringNew()
                            .timeout((int) config.relay().publishTimeout().toSeconds() + 20)
                            .call(this::relayOneBatch);
                }
            } catch (RuntimeException e) {
                LOG.warnf("Outbox relay pass failed, retrying on the next pass: %s", e.getMessage());
                return;
            } finally {
                relaying.set(false);
            }
        }
    }

    /** @return whether a full batch went out, so that more may be waiting */
    private boolean relayOneBatch() {
        if (!tryLockAcrossInstances()) {
            return false;
        }
        List<OutboxEvent> batch = OutboxEvent.nextUnpublished(config.relay().batchSize());
        if (batch.isEmpty()) {
            return false;
        }
        List<Uni<Void>> acknowledgements = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acknowledgements.add(emitter.sendMessage(toMessage(event)));
        }
        int published = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acknowledgements.get(i).await().atMost(config.relay().publishTimeout());
                event.publishedAt = Timestamps.now();
                event.attempts++;
                published++;
            } catch (RuntimeException e) {
                event.attempts++;
                event.lastError = String.valueOf(e.getMessage());
                LOG.warnf(
                        "Publishing event %s (%s) failed; it stays in the outbox: %s",
                        event.eventId, event.eventType, e.getMessage());
                // Later events of the batch are republished after this one, to keep their order.
                return false;
            }
        }
        return published == config.relay().batchSize();
    }

    private boolean tryLockAcrossInstances() {
        Object locked = entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", ADVISORY_LOCK_KEY)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private Message<String> toMessage(OutboxEvent event) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.eventId.toString())
                .withType(event.eventType)
                .withSource(URI.create(config.source()))
                .withSubject(event.aggregateId)
                .withDataSchema(URI.create(event.dataSchema))
                .withDataContentType("application/json")
                .withTimestamp(event.occurredAt.toZonedDateTime())
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.aggregateId)
                .build();
        return Message.of(event.payload).addMetadata(cloudEvent).addMetadata(record);
    }
}
