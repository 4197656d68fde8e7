package org.weconomics.support.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one error body of the platform: RFC 9457 problem details, served as
 * {@code application/problem+json}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. Every error response of the platform has this body.")
public record Problem(
        @Schema(
                        description = "Identifies the kind of problem.",
                        example = "urn:problem-type:weconomics:validation-failed",
                        format = "uri")
                URI type,
        @Schema(description = "Short summary of the kind of problem.", example = "The request is not valid")
                String title,
        @Schema(description = "The HTTP status code.", example = "400") int status,
        @Schema(description = "What went wrong with this request.", example = "2 fields are not valid") String detail,
        @Schema(
                        description = "The request path the problem occurred on.",
                        example = "/canvases",
                        format = "uri-reference")
                URI instance,
        @Schema(description = "The request fields that are wrong, for validation problems.")
                List<InvalidField> invalidFields,
        @Schema(
                        description =
                                "For 412 Precondition Failed: the current state of the resource, so the client can merge and retry.")
                Object current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One wrong field of a request.
     *
     * @param field the JSON path of the field in the request body (e.g. {@code notes[2].text}), or the
     *     name of the query, path or header parameter
     * @param message what is wrong with it
     */
    @Schema(name = "InvalidField")
    public record InvalidField(
            @Schema(example = "title") String field, @Schema(example = "must not be blank") String message) {}
}
