package org.weconomics.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/** Reads what really is on a topic of the test broker, from its beginning. */
public final class TopicReader {

    private TopicReader() {}

    /** One record as a test looks at it: key, payload and CloudEvents headers. */
    public record ReceivedRecord(
            String topic, int partition, long offset, String key, String value, List<Header> headers) {

        public String header(String name) {
            for (int i = headers.size() - 1; i >= 0; i--) {
                if (headers.get(i).key().equals(name)) {
                    return new String(headers.get(i).value(), StandardCharsets.UTF_8);
                }
            }
            return null;
        }

        public String cloudEventId() {
            return header("ce_id");
        }

        public String cloudEventType() {
            return header("ce_type");
        }
    }

    /** Every record on the topic now, in offset order per partition. */
    public static List<ReceivedRecord> readAll(String topic) {
        Properties properties = new Properties();
        properties.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.broker().bootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ReceivedRecord> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(topic));
            int emptyPolls = 0;
            while (emptyPolls < 3) {
                var batch = consumer.poll(Duration.ofMillis(500));
                if (batch.isEmpty() && !consumer.assignment().isEmpty()) {
                    emptyPolls++;
                }
                for (ConsumerRecord<String, String> record : batch) {
                    records.add(new ReceivedRecord(
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            record.key(),
                            record.value(),
                            List.of(record.headers().toArray())));
                }
            }
        }
        return records;
    }

    /** Waits until the topic holds {@code count} records that match, and returns those. */
    public static List<ReceivedRecord> awaitRecords(
            String topic, Predicate<ReceivedRecord> matching, int count, Duration timeout) {
        List<List<ReceivedRecord>> found = new ArrayList<>();
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<ReceivedRecord> matches =
                    readAll(topic).stream().filter(matching).toList();
            found.clear();
            found.add(matches);
            return matches.size() >= count;
        });
        return found.get(0);
    }
}
