package org.weconomics.endtoend.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bad requests the sweep sends to one write route, made from what the merged OpenAPI document says the
 * route takes: a malformed body in the route's own media type, a body over the gateway's 1 MB limit, and for
 * JSON bodies each declared field with a value of a wrong type, and a field the route does not know.
 */
final class BadRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Above the gateway's limit of 1 MB. */
    private static final int OVERSIZE_BYTES = 1_100_000;

    /** One bad request: what is wrong with it, its content type and body. */
    record BadRequest(String kind, String contentType, byte[] body) {}

    private BadRequests() {}

    static List<BadRequest> forRoute(JsonNode operation, JsonNode document) {
        JsonNode content = operation.path("requestBody").path("content");
        String mediaType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
        List<BadRequest> requests = new ArrayList<>();
        requests.add(malformed(mediaType));
        requests.add(new BadRequest(
                "oversize body", "application/json", ("{\"text\":\"" + "x".repeat(OVERSIZE_BYTES) + "\"}").getBytes()));
        if ("application/json".equals(mediaType)) {
            JsonNode schema = resolve(content.path(mediaType).path("schema"), document);
            requests.addAll(wronglyTyped(schema, document));
            requests.add(json("unknown field", Map.of("unexpectedField", 1)));
        }
        return requests;
    }

    private static BadRequest malformed(String mediaType) {
        if (mediaType == null || mediaType.contains("json")) {
            return new BadRequest("malformed JSON", "application/json", "{\"name\": \"broken\",".getBytes());
        }
        if (mediaType.startsWith("text/csv")) {
            return new BadRequest(
                    "malformed CSV", mediaType, "block,text\r\n\"value-proposition,\"unterminated".getBytes());
        }
        return new BadRequest("malformed " + mediaType, mediaType, "this is not what the route takes".getBytes());
    }

    /** One request per declared top-level field, that field with a value no parser can take for its type. */
    private static List<BadRequest> wronglyTyped(JsonNode schema, JsonNode document) {
        List<BadRequest> requests = new ArrayList<>();
        JsonNode properties = schema.path("properties");
        if (!properties.isObject() || properties.isEmpty()) {
            requests.add(new BadRequest(
                    "wrong type: the body", "application/json", "\"a string instead of the body\"".getBytes()));
            return requests;
        }
        for (Map.Entry<String, JsonNode> field : properties.properties()) {
            ObjectNode body = JSON.createObjectNode();
            body.set(field.getKey(), wrongValue(resolve(field.getValue(), document)));
            requests.add(new BadRequest("wrong type: " + field.getKey(), "application/json", bytes(body)));
        }
        return requests;
    }

    /** A value of another JSON type than the schema's, chosen so that no lenient coercion turns it into one. */
    static JsonNode wrongValue(JsonNode schema) {
        String type = type(schema);
        return switch (type) {
            case "integer", "number" -> JSON.getNodeFactory().textNode("not-a-number");
            case "boolean" -> JSON.getNodeFactory().textNode("not-a-boolean");
            case "array" -> JSON.getNodeFactory().textNode("not-an-array");
            case "string" -> JSON.createObjectNode().put("not", "a string");
            default -> JSON.createArrayNode().add(1).add(2);
        };
    }

    private static String type(JsonNode schema) {
        if (schema.has("type")) {
            JsonNode type = schema.path("type");
            // OpenAPI 3.1 may list a type with "null".
            if (type.isArray()) {
                for (JsonNode each : type) {
                    if (!"null".equals(each.asText())) {
                        return each.asText();
                    }
                }
            }
            return type.asText();
        }
        if (schema.has("enum")) {
            return "string";
        }
        if (schema.has("properties")) {
            return "object";
        }
        return "unknown";
    }

    /** Follows {@code $ref} and takes the first of {@code allOf}/{@code oneOf}/{@code anyOf}. */
    static JsonNode resolve(JsonNode schema, JsonNode document) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                String reference = current.path("$ref").asText();
                current = document.at(reference.substring(1));
            } else if (current.has("allOf") && !current.has("type") && !current.has("properties")) {
                current = current.path("allOf").path(0);
            } else if (current.has("oneOf")) {
                current = current.path("oneOf").path(0);
            } else if (current.has("anyOf")) {
                current = current.path("anyOf").path(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private static BadRequest json(String kind, Object body) {
        try {
            return new BadRequest(kind, "application/json", JSON.writeValueAsBytes(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
