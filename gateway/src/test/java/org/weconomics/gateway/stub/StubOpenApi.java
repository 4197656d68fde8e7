package org.weconomics.gateway.stub;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Small OpenAPI documents shaped like the services' SmallRye output: a tag, two operations, the problem
 * schema, a security scheme of their own, and a schema named {@code Summary} that differs per service (so
 * merging must rename).
 */
final class StubOpenApi {

    private StubOpenApi() {}

    static JsonObject document(String service) {
        String resource = service + "-items";
        JsonObject problemResponse = new JsonObject()
                .put("description", "A problem")
                .put(
                        "content",
                        new JsonObject()
                                .put(
                                        "application/problem+json",
                                        new JsonObject().put("schema", ref("schemas", "Problem"))));
        JsonObject list = new JsonObject()
                .put("tags", new JsonArray().add(tag(service)))
                .put("summary", "List " + service + " items")
                .put("description", "The " + service + " items the caller may see.")
                .put("operationId", "list")
                .put("security", new JsonArray().add(new JsonObject().put("SecurityScheme", new JsonArray())))
                .put(
                        "responses",
                        new JsonObject()
                                .put(
                                        "200",
                                        new JsonObject()
                                                .put("description", "The items")
                                                .put(
                                                        "content",
                                                        new JsonObject()
                                                                .put(
                                                                        "application/json",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "schema",
                                                                                        ref("schemas", "Summary")))))
                                .put("400", problemResponse));
        JsonObject create = new JsonObject()
                .put("tags", new JsonArray().add(tag(service)))
                .put("summary", "Create a " + service + " item")
                .put("description", "Creates an item.")
                .put("operationId", "create" + service)
                .put(
                        "requestBody",
                        new JsonObject()
                                .put("required", true)
                                .put(
                                        "content",
                                        new JsonObject()
                                                .put(
                                                        "application/json",
                                                        new JsonObject().put("schema", ref("schemas", "Summary")))))
                .put("responses", new JsonObject().put("201", new JsonObject().put("description", "Created")));
        JsonObject one = new JsonObject()
                .put("tags", new JsonArray().add(tag(service)))
                .put("summary", "Read a " + service + " item")
                .put("description", "One item.")
                .put("operationId", "read" + service)
                .put(
                        "parameters",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("name", "id")
                                        .put("in", "path")
                                        .put("required", true)
                                        .put("description", "The item's id")
                                        .put(
                                                "schema",
                                                new JsonObject()
                                                        .put("type", "string")
                                                        .put("format", "uuid"))))
                .put(
                        "responses",
                        new JsonObject()
                                .put(
                                        "200",
                                        new JsonObject()
                                                .put("description", "The item")
                                                .put(
                                                        "content",
                                                        new JsonObject()
                                                                .put(
                                                                        "application/json",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "schema",
                                                                                        ref("schemas", "Summary")))))
                                .put("404", problemResponse));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put(
                        "info",
                        new JsonObject()
                                .put("title", "Weconomics " + service + " service")
                                .put("version", "0.1.0"))
                .put(
                        "tags",
                        new JsonArray()
                                .add(new JsonObject()
                                        .put("name", tag(service))
                                        .put("description", "The " + service + " items")))
                .put(
                        "paths",
                        new JsonObject()
                                .put(
                                        "/" + resource,
                                        new JsonObject().put("get", list).put("post", create))
                                .put("/" + resource + "/{id}", new JsonObject().put("get", one))
                                .put("/q/health", new JsonObject()))
                .put(
                        "components",
                        new JsonObject()
                                .put(
                                        "schemas",
                                        new JsonObject()
                                                .put(
                                                        "Summary",
                                                        new JsonObject()
                                                                .put("type", "object")
                                                                .put("description", "What a " + service + " list shows")
                                                                .put(
                                                                        "properties",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        service + "Count",
                                                                                        new JsonObject()
                                                                                                .put(
                                                                                                        "type",
                                                                                                        "integer"))))
                                                .put(
                                                        "Problem",
                                                        new JsonObject()
                                                                .put("type", "object")
                                                                .put(
                                                                        "properties",
                                                                        new JsonObject()
                                                                                .put(
                                                                                        "invalidFields",
                                                                                        new JsonObject()
                                                                                                .put("type", "array")
                                                                                                .put(
                                                                                                        "items",
                                                                                                        ref(
                                                                                                                "schemas",
                                                                                                                "InvalidField")))))
                                                .put("InvalidField", new JsonObject().put("type", "object")))
                                .put(
                                        "securitySchemes",
                                        new JsonObject()
                                                .put(
                                                        "SecurityScheme",
                                                        new JsonObject()
                                                                .put("type", "http")
                                                                .put("scheme", "bearer"))));
    }

    private static String tag(String service) {
        return service.substring(0, 1).toUpperCase() + service.substring(1) + " items";
    }

    private static JsonObject ref(String section, String name) {
        return new JsonObject().put("$ref", "#/components/" + section + "/" + name);
    }
}
