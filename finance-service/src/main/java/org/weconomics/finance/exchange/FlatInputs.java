package org.weconomics.finance.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes an input record as rows of (field path, value) and reads it back, so that a workbook can carry
 * every input of a part (pricing, distribution) in a block a person can read and edit, e.g.
 * {@code marketAlternatives.alternatives[1].price = 260}.
 */
final class FlatInputs {

    /** One input value: its path in the record and its value as text or number. */
    record Row(String path, Object value) {}

    private FlatInputs() {}

    static List<Row> flatten(ObjectMapper json, Object input) {
        List<Row> rows = new ArrayList<>();
        if (input != null) {
            flatten(json.valueToTree(input), "", rows);
        }
        return rows;
    }

    private static void flatten(JsonNode node, String path, List<Row> rows) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), rows);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), path + "[" + i + "]", rows);
            }
        } else if (node.isNumber()) {
            rows.add(new Row(path, node.decimalValue()));
        } else if (!node.isNull()) {
            rows.add(new Row(path, node.asText()));
        }
    }

    /** Rebuilds the record from its rows; paths that do not fit it fail as the JSON body would. */
    static <T> T unflatten(ObjectMapper json, List<Row> rows, Class<T> type) throws java.io.IOException {
        ObjectNode root = json.createObjectNode();
        for (Row row : rows) {
            set(root, row.path(), row.value());
        }
        return json.treeToValue(root, type);
    }

    private static void set(ObjectNode root, String path, Object value) {
        JsonNode current = root;
        String[] parts = path.split("\\.");
        for (int p = 0; p < parts.length; p++) {
            String part = parts[p];
            boolean last = p == parts.length - 1;
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            ObjectNode object = (ObjectNode) current;
            if (bracket < 0) {
                if (last) {
                    put(object, name, value);
                } else {
                    current = object.has(name) ? object.get(name) : object.putObject(name);
                }
                continue;
            }
            int index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
            ArrayNode array = object.has(name) ? (ArrayNode) object.get(name) : object.putArray(name);
            while (array.size() <= index) {
                array.addObject();
            }
            current = array.get(index);
            if (last) {
                throw new IllegalArgumentException(path + " names a list element, not a value");
            }
        }
    }

    private static void put(ObjectNode object, String name, Object value) {
        if (value instanceof BigDecimal number) {
            object.put(name, number);
        } else {
            object.put(name, String.valueOf(value));
        }
    }
}
