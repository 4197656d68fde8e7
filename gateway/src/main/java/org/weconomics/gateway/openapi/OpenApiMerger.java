package org.weconomics.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the platform's one OpenAPI document from the services' own: their paths under the gateway's route
 * prefixes, their components side by side (renamed where two services use one name differently), the one
 * problem schema the services share, and one Keycloak security scheme required everywhere. Pure: no I/O.
 */
public final class OpenApiMerger {

    static final String SECURITY_SCHEME = "keycloak";
    private static final String PROBLEM_MEDIA_TYPE = "application/problem+json";
    private static final String SCHEMAS = "schemas";
    private static final String PROBLEM = "Problem";
    private static final List<String> COMPONENT_SECTIONS = List.of(
            SCHEMAS,
            "responses",
            "parameters",
            "examples",
            "requestBodies",
            "headers",
            "links",
            "callbacks",
            "pathItems");
    private static final Set<String> OPERATIONS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> BODY_OPERATIONS = Set.of("put", "post", "patch");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Settings settings;

    public OpenApiMerger(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param services the services' documents by route name, in the order they should appear
     * @param unavailable routes whose document could not be fetched
     */
    public ObjectNode merge(Map<String, JsonNode> services, List<String> unavailable) {
        ObjectNode merged = JSON.objectNode();
        merged.put("openapi", openApiVersion(services.values()));
        merged.set("info", info(services.keySet(), unavailable));
        merged.putArray("servers").addObject().put("url", settings.serverUrl()).put("description", "This gateway");
        merged.putArray("security").addObject().putArray(SECURITY_SCHEME);
        Map<String, ObjectNode> tags = new LinkedHashMap<>();
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = JSON.objectNode();
        Set<String> operationIds = new HashSet<>();
        services.forEach((route, document) -> {
            ObjectNode service = document.deepCopy();
            dropServiceSecurity(service);
            renameConflictingComponents(route, service, components);
            mergeComponents(service, components);
            mergeTags(service, tags);
            mergePaths(route, service, paths, operationIds, tags);
        });
        addGatewayComponents(components);
        merged.set("components", components);
        dropUnreferencedComponents(merged, components);
        ArrayNode tagList = JSON.arrayNode();
        tags.values().forEach(tagList::add);
        merged.set("tags", tagList);
        return merged;
    }

    private static String openApiVersion(Iterable<JsonNode> documents) {
        for (JsonNode document : documents) {
            if (document.path("openapi").asText().startsWith("3.0")) {
                return "3.0.3";
            }
        }
        return "3.1.0";
    }

    private ObjectNode info(Set<String> routes, List<String> unavailable) {
        StringBuilder description = new StringBuilder(
                """
                All services of the Weconomics platform through its gateway. Every service lives under its own \
                prefix; log in with Keycloak (authorization code with PKCE in the browser, client credentials for \
                tooling). Errors are RFC 9457 problem details.

                | prefix | service |
                |---|---|
                """);
        routes.forEach(route -> description
                .append("| `/api/")
                .append(route)
                .append("` | ")
                .append(route)
                .append(" |\n"));
        if (!unavailable.isEmpty()) {
            description
                    .append("\nNot shown because they could not be reached just now: ")
                    .append(String.join(", ", unavailable))
                    .append('.');
        }
        ObjectNode info = JSON.objectNode();
        info.put("title", settings.title());
        info.put("version", settings.version());
        info.put("description", description.toString());
        info.putObject("contact").put("name", "Weconomics platform");
        return info;
    }

    /** Each service declares its own scheme; the gateway's single scheme replaces them all. */
    private static void dropServiceSecurity(ObjectNode service) {
        service.remove("security");
        JsonNode components = service.path("components");
        if (components instanceof ObjectNode object) {
            object.remove("securitySchemes");
        }
        operations(service).forEach(operation -> operation.remove("security"));
    }

    private static void renameConflictingComponents(String route, ObjectNode service, ObjectNode merged) {
        Map<String, String> renamedRefs = new HashMap<>();
        for (String section : COMPONENT_SECTIONS) {
            JsonNode own = service.path("components").path(section);
            JsonNode existing = merged.path(section);
            if (!(own instanceof ObjectNode ownObject) || existing.isMissingNode()) {
                continue;
            }
            Map<String, JsonNode> renamed = new LinkedHashMap<>();
            for (Iterator<String> names = ownObject.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (existing.has(name) && !existing.get(name).equals(ownObject.get(name))) {
                    String newName = capitalise(route) + name;
                    renamed.put(newName, ownObject.get(name));
                    renamedRefs.put("#/components/" + section + "/" + name, "#/components/" + section + "/" + newName);
                    names.remove();
                }
            }
            renamed.forEach(ownObject::set);
        }
        if (!renamedRefs.isEmpty()) {
            rewriteRefs(service, renamedRefs);
        }
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && renamed.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renamed.get(ref.asText())));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        }
    }

    private static void mergeComponents(ObjectNode service, ObjectNode merged) {
        JsonNode components = service.path("components");
        for (String section : COMPONENT_SECTIONS) {
            JsonNode own = components.path(section);
            if (own instanceof ObjectNode ownObject && ownObject.size() > 0) {
                ObjectNode target = merged.has(section) ? (ObjectNode) merged.get(section) : merged.putObject(section);
                ownObject.fields().forEachRemaining(entry -> target.set(entry.getKey(), entry.getValue()));
            }
        }
    }

    private static void mergeTags(ObjectNode service, Map<String, ObjectNode> tags) {
        for (JsonNode tag : service.path("tags")) {
            if (tag instanceof ObjectNode object && tag.hasNonNull("name")) {
                tags.putIfAbsent(tag.get("name").asText(), object);
            }
        }
    }

    private void mergePaths(
            String route,
            ObjectNode service,
            ObjectNode paths,
            Set<String> operationIds,
            Map<String, ObjectNode> tags) {
        String prefix = "/api/" + route;
        service.path("paths").fields().forEachRemaining(entry -> {
            String path = entry.getKey();
            if (path.startsWith("/q/") || !(entry.getValue() instanceof ObjectNode pathItem)) {
                return;
            }
            operationsOf(pathItem).forEach((method, operation) -> {
                uniqueOperationId(route, operation, operationIds);
                defineTags(route, operation, tags);
                addGatewayResponses(method, operation);
            });
            paths.set(path.equals("/") ? prefix : prefix + path, pathItem);
        });
    }

    private static void uniqueOperationId(String route, ObjectNode operation, Set<String> operationIds) {
        JsonNode id = operation.get("operationId");
        if (id != null && id.isTextual() && !operationIds.add(id.asText())) {
            String prefixed = route + capitalise(id.asText());
            operation.put("operationId", prefixed);
            operationIds.add(prefixed);
        }
    }

    private static void defineTags(String route, ObjectNode operation, Map<String, ObjectNode> tags) {
        for (JsonNode tag : operation.path("tags")) {
            tags.computeIfAbsent(tag.asText(), name -> JSON.objectNode()
                    .put("name", name)
                    .put("description", "Operations of the " + route + " service"));
        }
    }

    /** What the gateway itself may answer, on every operation that does not already say. */
    private static void addGatewayResponses(String method, ObjectNode operation) {
        ObjectNode responses =
                operation.has("responses") ? (ObjectNode) operation.get("responses") : operation.putObject("responses");
        Map<String, String> gateway = new LinkedHashMap<>();
        gateway.put("401", "Unauthenticated");
        if (BODY_OPERATIONS.contains(method)) {
            gateway.put("413", "PayloadTooLarge");
        }
        gateway.put("429", "TooManyRequests");
        gateway.put("503", "ServiceUnavailable");
        gateway.put("504", "GatewayTimeout");
        gateway.forEach((status, name) -> {
            if (!responses.has(status)) {
                responses.putObject(status).put("$ref", "#/components/responses/" + name);
            }
        });
    }

    private void addGatewayComponents(ObjectNode components) {
        ObjectNode schemas =
                components.has(SCHEMAS) ? (ObjectNode) components.get(SCHEMAS) : components.putObject(SCHEMAS);
        if (!schemas.has(PROBLEM)) {
            // Only when no service answered: the services bring the one Problem schema (service-support's
            // ProblemResponsesFilter), which the gateway's own refusals below reference too.
            schemas.putObject(PROBLEM).put("type", "object").put("description", "RFC 9457 problem details.");
        }
        ObjectNode responses = components.has("responses")
                ? (ObjectNode) components.get("responses")
                : components.putObject("responses");
        responses.set(
                "Unauthenticated",
                problemResponse("The bearer token is missing, expired or not issued for this platform."));
        responses.set("PayloadTooLarge", problemResponse("The request body is larger than the gateway accepts."));
        ObjectNode tooMany =
                problemResponse("Too many requests from this account or address; wait as Retry-After says.");
        tooMany.putObject("headers")
                .putObject("Retry-After")
                .put("description", "Seconds to wait before the next request.")
                .putObject("schema")
                .put("type", "integer");
        responses.set("TooManyRequests", tooMany);
        responses.set(
                "ServiceUnavailable", problemResponse("The service behind this route cannot be reached right now."));
        responses.set("GatewayTimeout", problemResponse("The service behind this route did not answer in time."));
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.set(SECURITY_SCHEME, securityScheme());
    }

    /**
     * Components nothing points at any more (a service's schema only its own filter replaced, a gateway response
     * every operation answers itself) would only confuse a reader and a client generator; removed until none is left.
     */
    private static void dropUnreferencedComponents(ObjectNode merged, ObjectNode components) {
        boolean removed = true;
        while (removed) {
            removed = false;
            Set<String> referenced = new HashSet<>();
            collectRefs(merged, referenced);
            for (String section : COMPONENT_SECTIONS) {
                if (components.get(section) instanceof ObjectNode entries) {
                    for (Iterator<String> names = entries.fieldNames(); names.hasNext(); ) {
                        if (!referenced.contains("#/components/" + section + "/" + names.next())) {
                            names.remove();
                            removed = true;
                        }
                    }
                    if (entries.isEmpty()) {
                        components.remove(section);
                    }
                }
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> referenced) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual()) {
                referenced.add(ref.asText());
            }
        }
        if (node.isContainerNode()) {
            node.elements().forEachRemaining(child -> collectRefs(child, referenced));
        }
    }

    private static ObjectNode problemResponse(String description) {
        ObjectNode response = JSON.objectNode().put("description", description);
        response.putObject("content")
                .putObject(PROBLEM_MEDIA_TYPE)
                .putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
        return response;
    }

    private ObjectNode securityScheme() {
        String openIdConnect = settings.issuer() + "/protocol/openid-connect";
        ObjectNode scheme = JSON.objectNode()
                .put("type", "oauth2")
                .put(
                        "description",
                        "Keycloak access tokens. In the browser: authorization code with PKCE, client " + "`"
                                + settings.clientId() + "`. Members' tooling: client credentials.");
        ObjectNode flows = scheme.putObject("flows");
        ObjectNode code = flows.putObject("authorizationCode")
                .put("authorizationUrl", openIdConnect + "/auth")
                .put("tokenUrl", openIdConnect + "/token")
                .put("refreshUrl", openIdConnect + "/token");
        code.putObject("scopes").put("openid", "Sign in with your Weconomics account");
        ObjectNode credentials = flows.putObject("clientCredentials").put("tokenUrl", openIdConnect + "/token");
        credentials.putObject("scopes");
        return scheme;
    }

    private static List<ObjectNode> operations(ObjectNode document) {
        List<ObjectNode> all = new ArrayList<>();
        document.path("paths").elements().forEachRemaining(item -> {
            if (item instanceof ObjectNode pathItem) {
                all.addAll(operationsOf(pathItem).values());
            }
        });
        return all;
    }

    private static Map<String, ObjectNode> operationsOf(ObjectNode pathItem) {
        Map<String, ObjectNode> operations = new LinkedHashMap<>();
        pathItem.fields().forEachRemaining(entry -> {
            if (OPERATIONS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation) {
                operations.put(entry.getKey(), operation);
            }
        });
        return operations;
    }

    private static String capitalise(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /**
     * What the merged document says about the platform rather than about a service.
     *
     * @param serverUrl the gateway as the caller reached it, e.g. {@code https://api.weconomics.org}
     * @param issuer the Keycloak realm URL as the browser reaches it
     */
    public record Settings(String title, String version, String serverUrl, String issuer, String clientId) {}
}
