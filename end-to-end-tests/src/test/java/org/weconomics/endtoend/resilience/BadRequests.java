package org.weconomics.endtoend.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bad requests the sweep sends to one write route, made from what the merged OpenAPI document says the
 * route takes: a malformed body in the route's own media type, a body over the gateway's 1 MB limit, and for
 * JSON bodies each declared field with a value of a wrong type, a field the route does not know, and each text
 * field (nested ones too) of an otherwise plausible body with a NUL and other control characters, or longer
 * than any column keeps.
 */
final class BadRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Above the gateway's limit of 1 MB. */
    private static final int OVERSIZE_BYTES = 1_100_000;
    /** Longer than every text column of the platform, well under the body limit. */
    private static final int OVERLONG_CHARACTERS = 100_000;
    /** How deep into nested objects and arrays text fields are looked for. */
    private static final int MAX_DEPTH = 4;

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
            requests.addAll(hostileText(schema, document));
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

    /**
     * For every text field of the body (found through objects and the first element of arrays), a plausible body
     * with that field holding a NUL, holding an escape sequence (ESC) and a backspace, or 100,000 characters.
     */
    private static List<BadRequest> hostileText(JsonNode schema, JsonNode document) {
        JsonNode plausible = plausible(schema, document, 0);
        List<String> textPaths = new ArrayList<>();
        collectTextPaths(schema, document, "", 0, textPaths);
        List<BadRequest> requests = new ArrayList<>();
        for (String path : textPaths) {
            requests.add(new BadRequest(
                    "NUL in " + path, "application/json", bytes(withText(plausible, path, "ab" + (char) 0 + "cd"))));
            requests.add(new BadRequest(
                    "control characters in " + path,
                    "application/json",
                    bytes(withText(plausible, path, (char) 0x1b + "[31mred" + (char) 0x08))));
            requests.add(new BadRequest(
                    "100,000 characters in " + path,
                    "application/json",
                    bytes(withText(plausible, path, "x".repeat(OVERLONG_CHARACTERS)))));
        }
        return requests;
    }

    /** A body shaped as the schema says, from its examples where it gives them, else simple values of each type. */
    static JsonNode plausible(JsonNode schema, JsonNode document, int depth) {
        JsonNode resolved = resolve(schema, document);
        Optional<JsonNode> example = example(resolved);
        if (example.isPresent()) {
            return example.get();
        }
        return switch (type(resolved)) {
            case "object" -> {
                ObjectNode body = JSON.createObjectNode();
                if (depth < MAX_DEPTH) {
                    for (Map.Entry<String, JsonNode> field :
                            resolved.path("properties").properties()) {
                        body.set(field.getKey(), plausible(field.getValue(), document, depth + 1));
                    }
                }
                yield body;
            }
            case "array" ->
                depth < MAX_DEPTH
                        ? JSON.createArrayNode().add(plausible(resolved.path("items"), document, depth + 1))
                        : JSON.createArrayNode();
            case "integer", "number" -> JSON.getNodeFactory().numberNode(1);
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            case "string" ->
                resolved.has("enum")
                        ? resolved.path("enum").path(0).deepCopy()
                        : JSON.getNodeFactory().textNode(plainText(resolved));
            default -> JSON.getNodeFactory().nullNode();
        };
    }

    /** The schema's example as a value of the schema's type; an object's example may be given as JSON text. */
    private static Optional<JsonNode> example(JsonNode schema) {
        JsonNode example = schema.path("example");
        if (example.isMissingNode() || example.isNull()) {
            return Optional.empty();
        }
        if (!"object".equals(type(schema))) {
            return Optional.of(example.deepCopy());
        }
        if (example.isObject()) {
            return Optional.of(example.deepCopy());
        }
        try {
            JsonNode parsed = JSON.readTree(example.asText());
            return parsed.isObject() ? Optional.of(parsed) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String plainText(JsonNode schema) {
        return switch (schema.path("format").asText()) {
            case "uuid" -> "00000000-0000-4000-8000-000000000000";
            case "date" -> "2026-01-15";
            case "date-time" -> "2026-01-15T10:00:00Z";
            default -> "Gewone tekst";
        };
    }

    /** JSON paths ({@code a.b[0].c}) of the free-text fields: strings without an enum or a format. */
    private static void collectTextPaths(
            JsonNode schema, JsonNode document, String path, int depth, List<String> paths) {
        JsonNode resolved = resolve(schema, document);
        switch (type(resolved)) {
            case "object" -> {
                if (depth < MAX_DEPTH) {
                    for (Map.Entry<String, JsonNode> field :
                            resolved.path("properties").properties()) {
                        collectTextPaths(
                                field.getValue(),
                                document,
                                path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                                depth + 1,
                                paths);
                    }
                }
            }
            case "array" -> {
                if (depth < MAX_DEPTH) {
                    collectTextPaths(resolved.path("items"), document, path + "[0]", depth + 1, paths);
                }
            }
            case "string" -> {
                if (!resolved.has("enum") && !resolved.has("format") && !path.isEmpty()) {
                    paths.add(path);
                }
            }
            default -> {}
        }
    }

    /** A copy of the body with the text at the path replaced, creating the objects and arrays on the way. */
    private static JsonNode withText(JsonNode body, String path, String text) {
        ObjectNode copy = body.isObject() ? ((ObjectNode) body).deepCopy() : JSON.createObjectNode();
        JsonNode current = copy;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            boolean inArray = steps[i].endsWith("[0]");
            String name = inArray ? steps[i].substring(0, steps[i].length() - 3) : steps[i];
            boolean last = i == steps.length - 1;
            ObjectNode object = (ObjectNode) current;
            if (inArray) {
                JsonNode array = object.path(name);
                if (!array.isArray()) {
                    array = object.putArray(name);
                }
                ArrayNode elements = (ArrayNode) array;
                if (last) {
                    elements.removeAll().add(text);
                    return copy;
                }
                if (elements.isEmpty() || !elements.get(0).isObject()) {
                    elements.removeAll().addObject();
                }
                current = elements.get(0);
            } else if (last) {
                object.put(name, text);
            } else {
                JsonNode next = object.path(name);
                current = next.isObject() ? next : object.putObject(name);
            }
        }
        return copy;
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
