package org.weconomics.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.weconomics.gateway.openapi.OpenApiMerger;

/**
 * The platform's merged OpenAPI document built the way the gateway builds it at {@code /openapi}, from the
 * documents the services stored when they were packaged ({@code quarkus.smallrye-openapi.store-schema-directory}),
 * and the committed copy of it in {@code docs/openapi/weconomics-api.json}.
 */
final class PlatformContract {

    /** The gateway's routes, in the order of its configuration. */
    static final List<String> SERVICES = List.of("canvas", "partnership", "finance");

    static final String REGENERATE = "docs/openapi/regenerate.sh";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlatformContract() {}

    static Path root() {
        return Path.of(System.getProperty("contract.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    static Path committed() {
        return root().resolve("docs/openapi/weconomics-api.json");
    }

    /** The merged document with its keys sorted, so that it reads the same whatever order a service wrote. */
    static ObjectNode merged() throws IOException {
        Map<String, JsonNode> services = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path stored = root().resolve(service + "-service/target/openapi/openapi.json");
            if (!Files.isRegularFile(stored)) {
                throw new IllegalStateException(stored + " is missing: package " + service
                        + "-service first (the reactor does: api-contract depends on it)");
            }
            services.put(service, JSON.readTree(stored.toFile()));
        }
        OpenApiMerger merger = new OpenApiMerger(new OpenApiMerger.Settings(
                gatewaySetting("weconomics.gateway.openapi.title", "Weconomics platform API"),
                version(),
                "http://localhost:8080",
                "http://localhost:8180/realms/weconomics",
                gatewaySetting("weconomics.gateway.openapi.client-id", "weconomics-web")));
        return (ObjectNode) sorted(merger.merge(services, List.of()));
    }

    /** {@code info.version} as the gateway serves it. */
    static String version() throws IOException {
        return gatewaySetting("weconomics.gateway.openapi.version", "0.1.0");
    }

    static String write(JsonNode document) throws IOException {
        return JSON.writeValueAsString(document) + "\n";
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    private static String gatewaySetting(String key, String fallback) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(
                root().resolve("gateway/src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties.getProperty(key, fallback);
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            names.forEach(name -> copy.set(name, sorted(object.get(name))));
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }
}
