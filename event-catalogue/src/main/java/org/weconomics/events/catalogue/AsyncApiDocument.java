package org.weconomics.events.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.weconomics.events.EventContract;

/**
 * The AsyncAPI 3.0 document of the platform's events, built from the contracts of event-contracts: a channel per
 * topic, a message per contract version (its CloudEvents attributes as Kafka headers, its payload schema from the
 * record and its Javadoc, its documented example), and an operation per channel that a consumer receives from.
 *
 * <p>The document describes what a service of the platform (or an operator's tool on the same broker) reads from
 * Kafka. Events are written in the CloudEvents Kafka binding's binary mode: the attributes are {@code ce_*} headers,
 * the record value is the payload and the record key is the aggregate id, so one aggregate's events keep their order.
 */
public final class AsyncApiDocument {

    /**
     * Version of the event catalogue; move it with every change of the document. Contracts change additively (a new
     * version is registered beside the old one), so a change is a new minor version.
     */
    public static final String VERSION = "1.1.0";

    static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final String HEADERS_SCHEMA = "CloudEventKafkaHeaders";

    private final ObjectMapper json;

    public AsyncApiDocument(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode of(List<EventContract<?>> contracts) {
        PayloadSchemas schemas = new PayloadSchemas(json);
        ObjectNode document = json.createObjectNode();
        document.put("asyncapi", "3.0.0");
        document.set("info", info());
        document.put("defaultContentType", "application/json");
        document.set("servers", servers());

        Map<Channel, List<EventContract<?>>> byChannel = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(
                    channel,
                    contracts.stream()
                            .filter(contract -> Channel.ofTopic(contract.topic()) == channel)
                            .toList());
        }

        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode components = json.createObjectNode();
        ObjectNode messages = components.putObject("messages");
        byChannel.forEach((channel, onIt) -> {
            if (onIt.isEmpty()) {
                return;
            }
            ObjectNode channelNode = channels.putObject(channel.id);
            channelNode.put("address", channel.topic);
            channelNode.put("title", channel.topic);
            channelNode.put("description", channel.description + " Published by " + channel.publisher + ".");
            ArrayNode channelServers = channelNode.putArray("servers");
            channelServers.addObject().put("$ref", "#/servers/kafka");
            ObjectNode channelMessages = channelNode.putObject("messages");

            ObjectNode operation = operations.putObject("receive-" + channel.id);
            operation.put("action", "receive");
            operation.putObject("channel").put("$ref", "#/channels/" + channel.id);
            operation.put("title", "Receive the " + channel.id + " events");
            operation.put(
                    "summary", "What a consumer of " + channel.topic + " receives, in the order of each aggregate.");
            operation.put(
                    "description",
                    "Every event " + channel.publisher + " publishes on " + channel.topic + ". Read the record's "
                            + "`ce_type` and `ce_dataschema` headers to pick the message, and skip types and versions "
                            + "you do not know: new ones are added beside the old ones.");
            operation.putArray("tags").addObject().put("name", channel.id);
            ArrayNode operationMessages = operation.putArray("messages");

            for (EventContract<?> contract : onIt) {
                String messageId = messageId(contract);
                messages.set(messageId, message(contract, schemas));
                channelMessages.putObject(messageId).put("$ref", "#/components/messages/" + messageId);
                operationMessages.addObject().put("$ref", "#/channels/" + channel.id + "/messages/" + messageId);
            }
        });

        ObjectNode definitions = schemas.definitions();
        definitions.set(HEADERS_SCHEMA, cloudEventHeaders());
        components.set("schemas", sorted(definitions));
        document.set("components", components);
        return document;
    }

    /** A message's id in the document: the contract's type without the platform prefix, and its version. */
    static String messageId(EventContract<?> contract) {
        return contract.type().substring("org.weconomics.".length()) + ".v" + contract.version();
    }

    private ObjectNode info() {
        ObjectNode info = json.createObjectNode();
        info.put("title", "Weconomics platform events");
        info.put("version", VERSION);
        info.putObject("contact").put("name", "Weconomics platform");
        ArrayNode tags = info.putArray("tags");
        for (Channel channel : Channel.values()) {
            tags.addObject().put("name", channel.id).put("description", channel.description);
        }
        info.put(
                "description",
                "The domain events the services of the Weconomics platform publish on Kafka, as CloudEvents 1.0 in "
                        + "the Kafka binding's binary mode: the attributes travel as `ce_*` record headers, the "
                        + "payload as the JSON record value, and the record key is the aggregate id (the CloudEvents "
                        + "`subject`), so that the events of one canvas, partnership or earnings model arrive in the "
                        + "order they happened. The `ce_dataschema` attribute names the contract and its version "
                        + "(`urn:weconomics:event:<type>:v<version>`). Contracts change additively: a new optional "
                        + "field keeps the version, anything else is a new version published beside the old one. "
                        + "Every event is written through a transactional outbox, so it is published at least once "
                        + "after its change committed; consumers de-duplicate on `ce_id`.");
        return info;
    }

    private ObjectNode servers() {
        ObjectNode servers = json.createObjectNode();
        ObjectNode kafka = servers.putObject("kafka");
        kafka.put("host", "localhost:9092");
        kafka.put("protocol", "kafka");
        kafka.put(
                "description",
                "The platform's broker as `./platform start` runs it; in other deployments the address the operator "
                        + "configures (KAFKA_BOOTSTRAP_SERVERS of the services).");
        return servers;
    }

    private ObjectNode message(EventContract<?> contract, PayloadSchemas schemas) {
        ObjectNode message = json.createObjectNode();
        message.put("name", contract.type());
        message.put("title", contract.type() + " v" + contract.version());
        JavadocText.of(contract.payloadType()).ifPresent(text -> {
            message.put("summary", firstSentence(text));
            message.put("description", text);
        });
        message.put("contentType", "application/json");
        message.set("headers", headersOf(contract));
        message.set("payload", schemas.referenceTo(contract.payloadType()));
        message.putObject("correlationId")
                .put("description", "The event's id, by which consumers de-duplicate redeliveries.")
                .put("location", "$message.header#/ce_id");
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key")
                .put("type", "string")
                .put(
                        "description",
                        "The aggregate id (the CloudEvents subject); keeps an aggregate's events in order.");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        ArrayNode examples = message.putArray("examples");
        ObjectNode example = examples.addObject();
        example.put("name", "documented-example");
        example.put("summary", "The example documented with the contract in event-contracts.");
        example.set("payload", exampleOf(contract));
        return message;
    }

    private ObjectNode headersOf(EventContract<?> contract) {
        ObjectNode headers = json.createObjectNode();
        headers.put("type", "object");
        ArrayNode allOf = headers.putArray("allOf");
        allOf.addObject().put("$ref", "#/components/schemas/" + HEADERS_SCHEMA);
        ObjectNode specific = allOf.addObject();
        specific.put("type", "object");
        ObjectNode properties = specific.putObject("properties");
        properties.putObject("ce_type").put("type", "string").put("const", contract.type());
        properties.putObject("ce_dataschema").put("type", "string").put("const", contract.dataSchema());
        return headers;
    }

    private ObjectNode cloudEventHeaders() {
        ObjectNode schema = json.createObjectNode();
        schema.put("type", "object");
        schema.put(
                "description",
                "The CloudEvents attributes of an event as Kafka record headers (CloudEvents Kafka protocol binding, "
                        + "binary content mode).");
        ObjectNode properties = schema.putObject("properties");
        header(properties, "ce_specversion", "The CloudEvents version.").put("const", "1.0");
        header(properties, "ce_id", "The event's id, unique per event; the same on a redelivery.")
                .put("format", "uuid");
        header(properties, "ce_source", "The publishing service, e.g. /weconomics/canvas-service.");
        header(properties, "ce_type", "The event type, e.g. org.weconomics.canvas.note-added.");
        header(properties, "ce_subject", "The aggregate id: the canvas, partnership, earnings model… it is about.");
        header(properties, "ce_dataschema", "The contract and its version: urn:weconomics:event:<type>:v<version>.");
        header(properties, "ce_time", "When the change committed, RFC 3339.").put("format", "date-time");
        header(properties, "content-type", "The payload's media type.").put("const", "application/json");
        ArrayNode required = schema.putArray("required");
        List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_subject", "ce_dataschema", "ce_time")
                .forEach(required::add);
        return schema;
    }

    private static ObjectNode header(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("type", "string").put("description", description);
    }

    private JsonNode exampleOf(EventContract<?> contract) {
        try (InputStream in = contract.payloadType().getResourceAsStream(contract.exampleResource())) {
            if (in == null) {
                throw new IllegalStateException("No documented example " + contract.exampleResource());
            }
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode sorted(ObjectNode definitions) {
        ObjectNode sorted = json.createObjectNode();
        definitions.properties().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> sorted.set(entry.getKey(), entry.getValue()));
        return sorted;
    }

    private static String firstSentence(String text) {
        String paragraph = text.split("\n\n", 2)[0];
        int end = paragraph.indexOf(". ");
        return end < 0 ? paragraph : paragraph.substring(0, end + 1);
    }
}
