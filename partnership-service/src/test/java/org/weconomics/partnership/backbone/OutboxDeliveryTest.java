package org.weconomics.partnership.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.events.partnership.PartnershipCreated;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.testing.KafkaTestResource;
import org.weconomics.testing.TopicReader;
import org.weconomics.testing.TopicReader.ReceivedRecord;

/** The transactional outbox against the real broker: what commits is published, in order; what rolls back is not. */
@QuarkusTest
class OutboxDeliveryTest {

    @Inject
    EventOutbox outbox;

    @Test
    void eventsOfAnAggregateArriveOnItsTopicInTheOrderTheyWereWritten() {
        UUID partnership = UUID.randomUUID();
        List<String> names =
                IntStream.rangeClosed(1, 20).mapToObj(i -> "stap " + i).toList();
        for (String name : names) {
            QuarkusTransaction.requiringNew()
                    .run(() -> outbox.record(
                            PartnershipEvents.CREATED, new PartnershipCreated(partnership, "gent", name, "anna")));
        }

        List<ReceivedRecord> records = TopicReader.awaitRecords(
                Topics.PARTNERSHIP,
                record -> partnership.toString().equals(record.key()),
                names.size(),
                Duration.ofSeconds(30));

        assertThat(records)
                .extracting(ReceivedRecord::partition)
                .containsOnly(records.get(0).partition());
        assertThat(records)
                .extracting(record -> record.value().replaceAll(".*\"name\":\"([^\"]+)\".*", "$1"))
                .containsExactlyElementsOf(names);
        assertThat(records).extracting(ReceivedRecord::cloudEventId).doesNotHaveDuplicates();
    }

    @Test
    void aTransactionThatRollsBackPublishesNothing() {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    outbox.record(
                            PartnershipEvents.CREATED,
                            new PartnershipCreated(rolledBack, "gent", "teruggedraaid", "anna"));
                    throw new IllegalStateException("the business change failed after the event was written");
                }))
                .isInstanceOf(IllegalStateException.class);
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.record(
                        PartnershipEvents.CREATED, new PartnershipCreated(committed, "gent", "vastgelegd", "anna")));

        // The committed event was written after the rolled-back one: once it is on the topic, the other would be too.
        TopicReader.awaitRecords(
                Topics.PARTNERSHIP, record -> committed.toString().equals(record.key()), 1, Duration.ofSeconds(30));
        assertThat(TopicReader.readAll(Topics.PARTNERSHIP))
                .noneMatch(record -> rolledBack.toString().equals(record.key()));
    }

    @Test
    void eventsWrittenWhileTheBrokerIsDownArriveAfterItRestarts() {
        UUID partnership = UUID.randomUUID();
        KafkaTestResource.broker().stop();
        try {
            for (int i = 1; i <= 3; i++) {
                String name = "tijdens storing " + i;
                QuarkusTransaction.requiringNew()
                        .run(() -> outbox.record(
                                PartnershipEvents.CREATED, new PartnershipCreated(partnership, "gent", name, "anna")));
            }
        } finally {
            KafkaTestResource.broker().start();
        }

        List<ReceivedRecord> records = TopicReader.awaitRecords(
                Topics.PARTNERSHIP, record -> partnership.toString().equals(record.key()), 3, Duration.ofSeconds(90));

        assertThat(records)
                .extracting(record -> record.value().replaceAll(".*\"name\":\"([^\"]+)\".*", "$1"))
                .startsWith("tijdens storing 1", "tijdens storing 2", "tijdens storing 3");
    }
}
