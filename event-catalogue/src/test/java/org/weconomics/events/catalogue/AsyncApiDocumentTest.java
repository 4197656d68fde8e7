package org.weconomics.events.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.weconomics.events.EventContract;
import org.weconomics.events.EventContracts;
import org.weconomics.events.Topics;

class AsyncApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode DOCUMENT = new AsyncApiDocument(JSON).of(EventContracts.all());

    @TestFactory
    Iterable<DynamicTest> everyContractIsAMessageOfItsTopicsChannel() {
        return EventContracts.all().stream()
                .map(contract -> DynamicTest.dynamicTest(contract.dataSchema(), () -> {
                    String id = AsyncApiDocument.messageId(contract);
                    JsonNode message = DOCUMENT.at("/components/messages/" + id);
                    assertThat(message.path("name").asText()).isEqualTo(contract.type());
                    assertThat(message.at("/headers/allOf/1/properties/ce_dataschema/const")
                                    .asText())
                            .isEqualTo(contract.dataSchema());
                    assertThat(message.path("summary").asText())
                            .as("the payload record's Javadoc")
                            .isNotBlank();

                    JsonNode channel = channelOf(contract);
                    assertThat(channel.path("address").asText()).isEqualTo(contract.topic());
                    assertThat(channel.at("/messages/" + id + "/$ref").asText())
                            .isEqualTo("#/components/messages/" + id);
                }))
                .toList();
    }

    @TestFactory
    Iterable<DynamicTest> everyExampleFitsItsPayloadSchema() {
        return EventContracts.all().stream()
                .map(contract -> DynamicTest.dynamicTest(contract.dataSchema(), () -> {
                    JsonNode message = DOCUMENT.at("/components/messages/" + AsyncApiDocument.messageId(contract));
                    List<String> unknown = new ArrayList<>();
                    collectUnknownFields(
                            message.at("/examples/0/payload"), message.path("payload"), "payload", unknown);
                    assertThat(unknown)
                            .as("example fields the schema does not describe")
                            .isEmpty();
                }))
                .toList();
    }

    @Test
    void everyPayloadFieldIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        DOCUMENT.at("/components/schemas").fields().forEachRemaining(schema -> {
            if (!schema.getValue().has("description")) {
                undescribed.add(schema.getKey());
            }
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                if (describe(property.getValue()).isBlank()) {
                    undescribed.add(schema.getKey() + "." + property.getKey());
                }
            });
        });
        assertThat(undescribed)
                .as("records and components without Javadoc in event-contracts")
                .isEmpty();
    }

    @Test
    void everyTopicIsAChannelAndNoDeadLetterTopicIs() {
        List<String> addresses = new ArrayList<>();
        DOCUMENT.path("channels")
                .forEach(channel -> addresses.add(channel.path("address").asText()));
        assertThat(addresses)
                .containsExactly(
                        Topics.CANVAS,
                        Topics.WORKSHOP,
                        Topics.PARTNERSHIP,
                        Topics.COMMUNITY,
                        Topics.LOCAL_GROUP,
                        Topics.EARNINGS_MODEL);
        assertThat(DOCUMENT.at("/operations/receive-partnership/action").asText())
                .isEqualTo("receive");
    }

    @Test
    void javadocLinksAndCodeReadAsText() {
        String canvasUpdated = DOCUMENT.at("/components/schemas/CanvasUpdated/properties/sequence/description")
                .asText();
        assertThat(canvasUpdated).contains("(see CanvasChangeEvent)").doesNotContain("{@");
        assertThat(DOCUMENT.toString()).doesNotContain("{@link").doesNotContain("{@code");
    }

    private static JsonNode channelOf(EventContract<?> contract) {
        for (JsonNode channel : DOCUMENT.path("channels")) {
            if (channel.path("address").asText().equals(contract.topic())) {
                return channel;
            }
        }
        throw new AssertionError("no channel for " + contract.topic());
    }

    private static String describe(JsonNode property) {
        if (property.has("description")) {
            return property.path("description").asText();
        }
        return property.at("/allOf/1/description").asText("");
    }

    private static void collectUnknownFields(JsonNode value, JsonNode schema, String where, List<String> unknown) {
        JsonNode resolved = resolve(schema);
        if (value.isObject()) {
            value.fields().forEachRemaining(field -> {
                JsonNode property = resolved.path("properties").path(field.getKey());
                if (property.isMissingNode()) {
                    unknown.add(where + "." + field.getKey());
                } else {
                    collectUnknownFields(field.getValue(), property, where + "." + field.getKey(), unknown);
                }
            });
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                collectUnknownFields(value.get(i), resolved.path("items"), where + "[" + i + "]", unknown);
            }
        }
    }

    private static JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            return resolve(DOCUMENT.at(schema.path("$ref").asText().substring(1)));
        }
        if (schema.has("allOf")) {
            return resolve(schema.path("allOf").path(0));
        }
        return schema;
    }
}
