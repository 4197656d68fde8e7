package org.weconomics.canvas.openapi;

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
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.idempotency.IdempotentRequests;
import org.weconomics.support.problem.Problem;

/**
 * Documents the error responses of every operation once, from what the operation is, instead of repeating
 * them on each method: all may answer 400 and 401; routes with a path parameter 404; updates, deletes and other
 * operations that take If-Match 412 and 428; POSTs with an Idempotency-Key 422. Statuses a method declares itself (403, 409) stay.
 * Every error body is the {@code Problem} schema, served as {@value Problem#MEDIA_TYPE}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null
                || !openAPI.getComponents().getSchemas().containsKey(PROBLEM)) {
            openAPI.getComponents().addSchema(PROBLEM, problemSchema());
        }
        if (openAPI.getPaths() == null) {
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
        if (method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE
                || hasHeader(operation, IfMatch.HEADER)) {
            errors.put("412", "The resource changed since the version in If-Match; current holds its current state");
            errors.put("428", "If-Match is missing");
        }
        if (method == PathItem.HttpMethod.POST && hasHeader(operation, IdempotentRequests.HEADER)) {
            errors.put("422", "The Idempotency-Key was already used for a different request");
        }
        errors.forEach((status, description) -> {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation
                        .getResponses()
                        .addAPIResponse(
                                status,
                                OASFactory.createAPIResponse()
                                        .description(description)
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        Problem.MEDIA_TYPE,
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .ref("#/components/schemas/" + PROBLEM)))));
            }
        });
    }

    private static boolean hasHeader(Operation operation, String header) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(parameter -> header.equals(parameter.getName()));
    }

    private static Schema problemSchema() {
        Schema invalidField = OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text("JSON path of the field (notes[3].text) or the parameter's name", "title"))
                .addProperty("message", text("What is wrong with it", "must not be blank"));
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details: the body of every error response.")
                .addProperty(
                        "type", text("Identifies the kind of problem", "urn:problem-type:weconomics:validation-failed"))
                .addProperty("title", text("Short summary of the kind of problem", "The request is not valid"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.INTEGER)
                                .examples(List.of(400)))
                .addProperty("detail", text("What went wrong with this request", "title must not be blank"))
                .addProperty("instance", text("The request path", "/canvases"))
                .addProperty(
                        "invalidFields",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.ARRAY)
                                .items(invalidField))
                .addProperty(
                        "current",
                        OASFactory.createSchema()
                                .addType(Schema.SchemaType.OBJECT)
                                .description(
                                        "For 412: the current state of the resource, so the client can merge and retry"));
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.STRING)
                .description(description)
                .examples(List.of(example));
    }
}
