package org.weconomics.endtoend.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.weconomics.endtoend.RunningPlatform;
import org.weconomics.infrastructure.platform.RefreshingToken;

/**
 * The Kafka broker stops for 30 s while partnerships are being created at partnership-service: writes go
 * on (the outbox keeps their events), and once the broker is back every acknowledged partnership's event
 * reaches finance-service, which makes exactly one earnings model for it.
 */
@ExtendWith({RunningPlatform.class, ResilienceStack.class})
class KafkaOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final double WRITES_PER_SECOND = 10;

    @Test
    void everyAcknowledgedWriteIsDeliveredExactlyOnceInEffectAfterTheBrokerReturns() {
        ResilienceStack stack = ResilienceStack.get();
        StoredData stored = new StoredData(stack);
        String prefix = "Kafka outage " + Long.toString(System.currentTimeMillis(), 36);
        FixedRateWrites writes = FixedRateWrites.partnerships(
                        stack.service("partnership-service").baseUrl(),
                        new RefreshingToken(() -> RunningPlatform.token("anna")),
                        prefix)
                .start(WRITES_PER_SECOND);
        Instant begin = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> writes.acknowledgedSince(begin) >= 20);

        stack.kafka().stop();
        Instant stopped = Instant.now();
        await().atMost(OUTAGE.plusSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0);
        long acknowledgedDuringOutage = writes.acknowledgedSince(stopped);
        stack.kafka().start();
        Instant restarted = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> writes.acknowledgedSince(restarted) >= 20);
        List<FixedRateWrites.Outcome> outcomes = writes.stop();

        Set<String> acknowledged = outcomes.stream()
                .filter(outcome -> outcome.acknowledged(201))
                .map(FixedRateWrites.Outcome::id)
                .collect(Collectors.toSet());
        Set<String> storedPartnerships = stored.partnershipsNamed(prefix);
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> stored.modelsPerPartnership(storedPartnerships).size() == storedPartnerships.size());
        Duration delivered = Duration.between(restarted, Instant.now());
        await().atMost(Duration.ofMinutes(1)).until(() -> stored.unpublishedEvents("partnership-service") == 0);
        Map<String, Integer> models = stored.modelsPerPartnership(storedPartnerships);
        Map<String, Integer> createdEvents = stored.modelCreatedEventsPerPartnership(storedPartnerships);
        long duplicates = models.values().stream().filter(count -> count > 1).count()
                + createdEvents.values().stream().filter(count -> count > 1).count();

        new ResilienceReport(
                        "1-kafka-outage",
                        "Kafka broker stopped for 30 s during writes",
                        "Partnerships created directly at partnership-service at " + (int) WRITES_PER_SECOND
                                + "/s; after the first 20 the broker is stopped (controlled shutdown) for "
                                + OUTAGE.toSeconds() + " s while the writes go on, then started again on the same "
                                + "data. Afterwards each stored partnership must have exactly one earnings model in "
                                + "finance-service (and one `earnings-model.created` event).")
                .figure("writes tried", outcomes.size())
                .figure("acknowledged (201)", acknowledged.size())
                .figure("of them during the outage", acknowledgedDuringOutage)
                .figure("not acknowledged", outcomes.size() - acknowledged.size())
                .figure("partnerships stored", storedPartnerships.size())
                .figure("earnings models found afterwards", models.size())
                .figure("partnerships with more than one model or created event", duplicates)
                .figure(
                        "events that needed more than one publish attempt",
                        stored.eventsPublishedAfterRetries("partnership-service"))
                .figure("broker restart → last model created", delivered)
                .conclusion(
                        acknowledged.size() == models.size() && duplicates == 0
                                ? "Lost: nothing. Duplicated: nothing."
                                : "LOST OR DUPLICATED WRITES: see the figures.")
                .write();

        assertThat(storedPartnerships).as("every acknowledged write is stored").containsAll(acknowledged);
        assertThat(models.keySet()).as("every stored partnership has its model").isEqualTo(storedPartnerships);
        assertThat(models.values()).as("one model per partnership").containsOnly(1);
        assertThat(createdEvents.values()).as("one created event per model").containsOnly(1);
        assertThat(acknowledgedDuringOutage)
                .as("writes went on during the outage")
                .isPositive();
    }
}
