package org.weconomics.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts CloudEvents on a topic of the test broker exactly as a publishing service would (binary mode),
 * so that consumers can be tested with redeliveries, unknown types and broken payloads.
 */
public final class TopicWriter {

    private TopicWriter() {}

    /** One event as it travels: the CloudEvents attributes and the JSON payload. */
    public record CloudEvent(String topic, String key, String id, String type, String dataSchema, String json) {}

    public static void publish(CloudEvent event) {
        Properties properties = new Properties();
        properties.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.broker().bootstrapServers());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(event.topic(), event.key(), event.json());
            header(record, "ce_specversion", "1.0");
            header(record, "ce_id", event.id());
            header(record, "ce_type", event.type());
            header(record, "ce_source", "/weconomics/test");
            header(record, "ce_subject", event.key());
            header(record, "ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
            if (event.dataSchema() != null) {
                header(record, "ce_dataschema", event.dataSchema());
            }
            header(record, "content-type", "application/json");
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + event.id(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
