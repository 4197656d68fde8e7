package org.weconomics.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenApiMerger merger =
            new OpenApiMerger(new OpenApiMerger.Settings("Platform", "1", "http://gw", "http://kc/realms/w", "web"));

    @Test
    void sameOperationIdsInTwoServicesAreMadeUnique() throws Exception {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put("canvas", document("list"));
        services.put("finance", document("list"));
        ObjectNode merged = merger.merge(services, List.of());
        assertThat(merged.at("/paths/~1api~1canvas~1things/get/operationId").asText())
                .isEqualTo("list");
        assertThat(merged.at("/paths/~1api~1finance~1things/get/operationId").asText())
                .isEqualTo("financeList");
    }

    @Test
    void identicalComponentsAreKeptOnceAndUnreachableServicesAreNamed() throws Exception {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        services.put("canvas", document("a"));
        services.put("finance", document("b"));
        ObjectNode merged = merger.merge(services, List.of("partnership"));
        assertThat(merged.at("/components/schemas").fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder("Thing", "Problem");
        assertThat(merged.at("/components/responses").fieldNames())
                .toIterable()
                .as("only the gateway responses some operation refers to")
                .containsExactlyInAnyOrder(
                        "Unauthenticated",
                        "PayloadTooLarge",
                        "TooManyRequests",
                        "ServiceUnavailable",
                        "GatewayTimeout");
        assertThat(merged.at("/info/description").asText()).contains("partnership");
        assertThat(merged.at("/openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void operationsWithABodyDocumentTheGatewaysSizeLimit() throws Exception {
        ObjectNode merged = merger.merge(Map.of("canvas", document("x")), List.of());
        assertThat(merged.at("/paths/~1api~1canvas~1things/post/responses/413/$ref")
                        .asText())
                .isEqualTo("#/components/responses/PayloadTooLarge");
        assertThat(merged.at("/paths/~1api~1canvas~1things/get/responses/413").isMissingNode())
                .isTrue();
    }

    private static JsonNode document(String operationId) throws Exception {
        return JSON.readTree(
                """
                {"openapi":"3.1.0","info":{"title":"t","version":"1"},
                 "paths":{"/things":{
                   "get":{"operationId":"%s","responses":{"200":{"description":"ok"}}},
                   "post":{"requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                           "responses":{"201":{"description":"created"}}}}},
                 "components":{"schemas":{"Thing":{"type":"object"}}}}
                """
                        .formatted(operationId));
    }
}
