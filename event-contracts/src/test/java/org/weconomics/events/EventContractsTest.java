package org.weconomics.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EventContractsTest {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .build();

    @TestFactory
    Iterable<DynamicTest> everyContractHasAnExampleThatIsItsPayloadExactly() {
        return EventContracts.all().stream()
                .map(contract -> DynamicTest.dynamicTest(contract.dataSchema(), () -> {
                    JsonNode example = readExample(contract);
                    EventPayload payload = STRICT.treeToValue(example, contract.payloadType());

                    JsonNode written = STRICT.readTree(STRICT.writeValueAsString(payload));
                    assertThat(written).isEqualTo(example);
                    assertThat(payload.aggregateId()).isNotBlank();
                }))
                .toList();
    }

    @Test
    void typesAndVersionsAreUniqueAndFoundAgain() {
        Set<String> schemas = new HashSet<>();
        for (EventContract<?> contract : EventContracts.all()) {
            assertThat(schemas.add(contract.dataSchema()))
                    .as(contract.dataSchema())
                    .isTrue();
            assertThat(EventContracts.find(contract.type(), contract.dataSchema()))
                    .contains(contract);
        }
    }

    @Test
    void aReceivedTypeThatDoesNotMatchItsSchemaIsUnknown() {
        EventContract<?> any = EventContracts.all().get(0);
        assertThat(EventContracts.find("org.weconomics.other", any.dataSchema()))
                .isEmpty();
        assertThat(EventContracts.find(any.type(), any.dataSchema().replace(":v1", ":v99")))
                .isEmpty();
    }

    private static JsonNode readExample(EventContract<?> contract) throws IOException {
        try (InputStream in = EventContractsTest.class.getResourceAsStream(contract.exampleResource())) {
            assertThat(in).as("example " + contract.exampleResource()).isNotNull();
            return STRICT.readTree(in);
        }
    }
}
