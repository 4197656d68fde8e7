package org.weconomics.support.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.weconomics.support.database.DatabaseUnavailable;
import org.weconomics.support.database.UniqueViolation;
import org.weconomics.support.problem.Problem;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.text.RefusedValueException;

/** Maps every failure that reaches the REST layer to one {@link Problem} body. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** How long a client should wait before trying again while the database is away (a restart takes seconds). */
    private static final String DATABASE_RETRY_AFTER_SECONDS = "2";

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, HttpServerRequest request) {
        RestResponse.ResponseBuilder<Problem> response =
                builder(e.type(), e.type().status(), e.getMessage(), e.invalidFields(), e.current(), request);
        e.retryAfter().ifPresent(wait -> response.header("Retry-After", Math.max(1, (wait.toMillis() + 999) / 1000)));
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.InvalidField> fields = e.getConstraintViolations().stream()
                .map(violation -> new Problem.InvalidField(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.InvalidField::field))
                .toList();
        return respond(ProblemType.VALIDATION_FAILED, describe(fields), fields, null, request);
    }

    /** Body reading failures arrive both bare and wrapped by the JSON reader; both are reported alike. */
    private RestResponse<Problem> jsonProblem(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, request);
        }
        if (e instanceof RefusedValueException refused) {
            return refusedJsonValue(refused, request);
        }
        if (e instanceof InvalidFormatException wrong) {
            return wrongValue(wrong, request);
        }
        if (e instanceof ValueInstantiationException refused) {
            return refusedValue(refused, request);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return wrongShape(mismatched, request);
        }
        return unreadable(e, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = jsonPath(e);
        return invalid(field, "is not a field of this request" + knownFields(e), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> refusedJsonValue(RefusedValueException e, HttpServerRequest request) {
        return invalid(jsonPath(e), e.violation(), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> wrongValue(InvalidFormatException e, HttpServerRequest request) {
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + enumValues(e.getTargetType())
                : "cannot be read as " + describeType(e.getTargetType());
        return invalid(jsonPath(e), message, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> refusedValue(ValueInstantiationException e, HttpServerRequest request) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return invalid(jsonPath(e), cause.getMessage(), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> wrongShape(MismatchedInputException e, HttpServerRequest request) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(
                    ProblemType.MALFORMED_REQUEST,
                    "The body must be a JSON " + describeType(e.getTargetType()),
                    List.of(),
                    null,
                    request);
        }
        return invalid(field, "must be " + describeType(e.getTargetType()), request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unreadable(JsonProcessingException e, HttpServerRequest request) {
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")";
        return respond(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON" + where, List.of(), null, request);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public RestResponse<Problem> concurrentChange(RuntimeException e, HttpServerRequest request) {
        return respond(
                ProblemType.PRECONDITION_FAILED,
                "Someone else changed this resource at the same moment; read it again and retry",
                List.of(),
                null,
                request);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public RestResponse<Problem> unauthenticated(RuntimeException e, HttpServerRequest request) {
        return builder(
                        ProblemType.UNAUTHENTICATED,
                        ProblemType.UNAUTHENTICATED.status(),
                        "A valid bearer token is required",
                        List.of(),
                        null,
                        request)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> identityProviderDown(OIDCException e, HttpServerRequest request) {
        LOG.warnf("Token verification impossible on %s %s: %s", request.method(), request.path(), e.getMessage());
        return respond(
                ProblemType.SERVICE_UNAVAILABLE,
                "Tokens cannot be verified right now; try again shortly",
                List.of(),
                null,
                request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(ProblemType.FORBIDDEN, "Your roles do not allow this operation", List.of(), null, request);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> http(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException unreadableBody) {
            return jsonProblem(unreadableBody, request);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = status == Response.Status.NOT_FOUND.getStatusCode()
                ? "No resource at " + request.path()
                : Optional.ofNullable(e.getMessage()).orElse(type.title());
        if (status >= 500) {
            LOG.errorf(e, "Server error on %s %s", request.method(), request.path());
        }
        return builder(type, status, detail, List.of(), null, request).build();
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Exception e, HttpServerRequest request) {
        if (DatabaseUnavailable.isCauseOf(e)) {
            LOG.warnf("Database unreachable on %s %s: %s", request.method(), request.path(), e.getMessage());
            return builder(
                            ProblemType.SERVICE_UNAVAILABLE,
                            ProblemType.SERVICE_UNAVAILABLE.status(),
                            "The service's database cannot be reached right now; try again shortly",
                            List.of(),
                            null,
                            request)
                    .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS)
                    .build();
        }
        if (UniqueViolation.isCauseOf(e)) {
            LOG.infof("Unique constraint lost to a concurrent request on %s %s", request.method(), request.path());
            return respond(
                    ProblemType.CONFLICT,
                    "Someone else created the same thing at the same moment; read the current state and try again",
                    List.of(),
                    null,
                    request);
        }
        LOG.errorf(e, "Unexpected failure on %s %s", request.method(), request.path());
        return respond(
                ProblemType.INTERNAL_ERROR,
                "The server failed to handle this request; it has been logged",
                List.of(),
                null,
                request);
    }

    private static RestResponse<Problem> invalid(String field, String message, HttpServerRequest request) {
        String name = field.isEmpty() ? "body" : field;
        List<Problem.InvalidField> fields = List.of(new Problem.InvalidField(name, message));
        return respond(ProblemType.VALIDATION_FAILED, name + " " + message, fields, null, request);
    }

    private static RestResponse<Problem> respond(
            ProblemType type,
            String detail,
            List<Problem.InvalidField> fields,
            Object current,
            HttpServerRequest request) {
        return builder(type, type.status(), detail, fields, current, request).build();
    }

    private static RestResponse.ResponseBuilder<Problem> builder(
            ProblemType type,
            int status,
            String detail,
            List<Problem.InvalidField> fields,
            Object current,
            HttpServerRequest request) {
        Problem problem = new Problem(type.uri(), type.title(), status, detail, instanceOf(request), fields, current);
        return RestResponse.ResponseBuilder.<Problem>create(status)
                .entity(problem)
                .type(Problem.MEDIA_TYPE);
    }

    /**
     * The path the client addressed: behind the gateway its absolute URI carries the gateway's
     * {@code /api/<service>} prefix (trusted {@code X-Forwarded-Prefix}), which {@code path()} does not.
     */
    private static URI instanceOf(HttpServerRequest request) {
        try {
            String absolute = request.absoluteURI();
            String path =
                    absolute == null ? request.path() : URI.create(absolute).getRawPath();
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String describe(List<Problem.InvalidField> fields) {
        return fields.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
    }

    /** The request field a violation is about: the body's JSON path, or the parameter's name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        boolean inBody = false;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                field.append(node.getName());
                continue;
            }
            if (!inBody) {
                // The body parameter's own name means nothing to the client: the path starts inside it.
                field.setLength(0);
                inBody = true;
            }
            if (node.getIndex() != null && field.length() > 0) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && field.length() > 0) {
                field.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.length() > 0 ? "." : "").append(node.getName());
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** The JSON path of the field a reading failure is about, as clients name it: {@code alternatives[1].name}. */
    public static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() > 0 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String knownFields(UnrecognizedPropertyException e) {
        if (e.getKnownPropertyIds() == null || e.getKnownPropertyIds().isEmpty()) {
            return "";
        }
        return "; known fields: "
                + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String enumValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(value -> jsonName((Enum<?>) value))
                .collect(Collectors.joining(", "));
    }

    private static String jsonName(Enum<?> value) {
        try {
            JsonProperty property =
                    value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
            return property != null ? property.value() : value.toString();
        } catch (NoSuchFieldException e) {
            return value.toString();
        }
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        return "an object";
    }
}
