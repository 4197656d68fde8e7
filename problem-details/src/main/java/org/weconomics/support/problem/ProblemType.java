package org.weconomics.support.problem;

import java.net.URI;

/** The kinds of problem the platform reports, each with its status and a stable type URI. */
public enum ProblemType {
    VALIDATION_FAILED(400, "The request is not valid"),
    MALFORMED_REQUEST(400, "The request body cannot be read"),
    UNAUTHENTICATED(401, "Authentication is required"),
    FORBIDDEN(403, "This operation is not allowed for you"),
    NOT_FOUND(404, "The resource does not exist"),
    METHOD_NOT_ALLOWED(405, "This method is not allowed here"),
    NOT_ACCEPTABLE(406, "No acceptable representation"),
    CONFLICT(409, "The request conflicts with the current state"),
    PRECONDITION_FAILED(412, "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE(413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    /** The request is well formed but cannot be carried out as sent, e.g. an Idempotency-Key reused for another request. */
    UNPROCESSABLE_CONTENT(422, "The request cannot be processed as sent"),
    PRECONDITION_REQUIRED(428, "An If-Match header is required"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    SERVICE_UNAVAILABLE(503, "The service is unavailable"),
    GATEWAY_TIMEOUT(504, "The service did not answer in time");

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("urn:problem-type:weconomics:" + name().toLowerCase().replace('_', '-'));
    }

    /** The type for a status that has no specific kind of its own. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
