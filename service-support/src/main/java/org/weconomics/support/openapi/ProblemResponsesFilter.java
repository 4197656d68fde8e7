package org.weconomics.support.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.problem.Problem;
import org.weconomics.support.problem.ProblemType;

/**
 * Documents the error responses of every operation of every service once, from what the operation is, instead
 * of repeating them on each method: all may answer 400, 401 and 503 (the database cannot be reached); routes with
 * a path parameter 404; operations with a request body 415; operations that take If-Match 412 and 428; POSTs
 * with an Idempotency-Key 422. Statuses a method declares itself (403, 409) keep their description. Every error
 * body is the one {@code Problem} schema, served as {@value Problem#MEDIA_TYPE}, with an example; the gateway's
 * merged document takes that schema from here.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    public static final String PROBLEM = "Problem";
    public static final String INVALID_FIELD = "InvalidField";
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        openAPI.getComponents().addSchema(INVALID_FIELD, invalidFieldSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put(
                "400", "The request is not valid; invalidFields names each wrong field by its JSON path or parameter");
        errors.put("401", "A valid bearer token is required");
        if (path.contains("{")) {
            errors.put("404", "It does not exist, or it belongs to a local group you are not a member of");
        }
        if (operation.getRequestBody() != null) {
            errors.put("415", "The request body is not of a media type this operation accepts");
        }
        if (hasParameter(operation, IfMatch.HEADER)) {
            errors.put("412", "The resource changed since the version in If-Match; current holds its current state");
            errors.put("428", "If-Match is missing");
        }
        if (method == PathItem.HttpMethod.POST && hasParameter(operation, IdempotentRequests.HEADER)) {
            errors.put("422", "The Idempotency-Key was already used for a different request");
        }
        errors.put("503", "The service cannot reach its database just now; retry later");
        errors.forEach((status, description) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation
                        .getResponses()
                        .addAPIResponse(status, OASFactory.createAPIResponse().description(description));
            }
        });
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (isError(status) && response.getRef() == null) {
                problemBody(Integer.parseInt(status), response);
            }
        });
    }

    private static boolean isError(String status) {
        return status.length() == 3 && (status.startsWith("4") || status.startsWith("5"));
    }

    /** Whatever a method or SmallRye declared for an error, its body is the Problem, with a typical example. */
    private static void problemBody(int status, APIResponse response) {
        ProblemType type = ProblemType.forStatus(status);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri().toString());
        example.put("title", type.title());
        example.put("status", status);
        example.put("detail", response.getDescription());
        response.content(OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMAS + PROBLEM))
                                .example(example)));
    }

    private static boolean hasParameter(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> name.equals(parameter.getName()));
    }

    /** Mirrors {@link Problem}: the record the services serialise. */
    private static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details. Every error response of the platform has this body.")
                .required(List.of("type", "title", "status"))
                .addProperty(
                        "type",
                        text(
                                        "Identifies the kind of problem: a client tells problems apart by this, never "
                                                + "by `detail`. The platform's types:\n\n" + ProblemType.catalogue(),
                                        "urn:problem-type:weconomics:validation-failed")
                                .format("uri"))
                .addProperty("title", text("Short summary of the kind of problem.", "The request is not valid"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status code.")
                                .examples(List.of(400)))
                .addProperty("detail", text("What went wrong with this request.", "2 fields are not valid"))
                .addProperty(
                        "instance",
                        // RFC 9457: a URI reference, usually relative; "uri" would demand a scheme.
                        text("The request path the problem occurred on.", "/api/canvas/canvases")
                                .format("uri-reference"))
                .addProperty(
                        "invalidFields",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .description("The request fields that are wrong, for validation problems.")
                                .items(OASFactory.createSchema().ref(SCHEMAS + INVALID_FIELD)))
                .addProperty(
                        "current",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .description("For 412 Precondition Failed: the current state of the resource (the "
                                        + "body a read of it gives), so the client can merge and retry."));
    }

    private static Schema invalidFieldSchema() {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One wrong field of a request.")
                .required(List.of("field", "message"))
                .addProperty(
                        "field",
                        text(
                                "The JSON path of the field in the request body (notes[3].text), or the parameter's name.",
                                "title"))
                .addProperty("message", text("What is wrong with it.", "must not be blank"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description(description)
                .examples(List.of(example));
    }
}
