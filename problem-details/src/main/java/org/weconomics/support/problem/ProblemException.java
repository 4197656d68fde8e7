package org.weconomics.support.problem;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A failure that the client caused or must know about, reported as a {@link Problem}. Services throw
 * it (or one of the named factories); resources never build error responses themselves.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<Problem.InvalidField> invalidFields;
    private final transient Object current;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.InvalidField> invalidFields, Object current) {
        this(type, detail, invalidFields, current, null);
    }

    private ProblemException(
            ProblemType type,
            String detail,
            List<Problem.InvalidField> invalidFields,
            Object current,
            Duration retryAfter) {
        super(detail);
        this.type = type;
        this.invalidFields = List.copyOf(invalidFields);
        this.current = current;
        this.retryAfter = retryAfter;
    }

    /** A limit of the caller's is reached; the answer's {@code Retry-After} says when to try again. */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail, List.of(), null, retryAfter);
    }

    /** Objects the caller may not see are reported exactly like objects that do not exist. */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                ProblemType.VALIDATION_FAILED,
                field + ": " + message,
                List.of(new Problem.InvalidField(field, message)),
                null);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.InvalidField> invalidFields() {
        return invalidFields;
    }

    public Object current() {
        return current;
    }

    /** How long the client should wait before trying again, for the {@code Retry-After} header. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
