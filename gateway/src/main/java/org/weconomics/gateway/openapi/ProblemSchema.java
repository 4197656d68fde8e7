package org.weconomics.gateway.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.weconomics.support.problem.ProblemType;

/**
 * The schema of {@code org.weconomics.support.problem.Problem} as the merged document shows it, the same
 * for the gateway's own refusals and every service's errors.
 */
final class ProblemSchema {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ProblemSchema() {}

    static ObjectNode problem() {
        ObjectNode schema = JSON.objectNode()
                .put("type", "object")
                .put("description", "RFC 9457 problem details. Every error response of the platform has this body.");
        ObjectNode properties = schema.putObject("properties");
        property(
                        properties,
                        "type",
                        "string",
                        "Identifies the kind of problem: a client tells problems apart by this, never by `detail`. "
                                + "The platform's types:\n\n" + ProblemType.catalogue(),
                        "urn:problem-type:weconomics:validation-failed")
                .put("format", "uri");
        property(properties, "title", "string", "Short summary of the kind of problem.", "The request is not valid");
        properties
                .putObject("status")
                .put("type", "integer")
                .put("format", "int32")
                .put("description", "The HTTP status code.")
                .put("example", 400);
        property(properties, "detail", "string", "What went wrong with this request.", "2 fields are not valid");
        property(properties, "instance", "string", "The request path the problem occurred on.", "/api/canvas/canvases")
                // RFC 9457: a URI reference, usually relative; "uri" would demand a scheme.
                .put("format", "uri-reference");
        properties
                .putObject("invalidFields")
                .put("type", "array")
                .put("description", "The request fields that are wrong, for validation problems.")
                .putObject("items")
                .put("$ref", "#/components/schemas/InvalidField");
        properties
                .putObject("current")
                .put(
                        "description",
                        "For 412 Precondition Failed: the current state of the resource, so the client can merge and retry.");
        return schema;
    }

    static ObjectNode invalidField() {
        ObjectNode schema = JSON.objectNode().put("type", "object").put("description", "One wrong field of a request.");
        ObjectNode properties = schema.putObject("properties");
        property(properties, "field", "string", "The JSON path of the field, or the parameter's name.", "title");
        property(properties, "message", "string", "What is wrong with it.", "must not be blank");
        return schema;
    }

    private static ObjectNode property(
            ObjectNode properties, String name, String type, String description, String example) {
        return properties
                .putObject(name)
                .put("type", type)
                .put("description", description)
                .put("example", example);
    }
}
