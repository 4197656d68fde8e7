package org.weconomics.support.concurrency;

import java.util.List;
import java.util.function.Supplier;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * Optimistic concurrency over HTTP: every update and delete names the version it was based on in
 * {@code If-Match}; a write without it gets 428, a write based on an old version gets 412 with the
 * current state, so that nothing is silently overwritten.
 */
public final class IfMatch {

    public static final String HEADER = "If-Match";

    private IfMatch() {}

    /** The entity tag of a version, as sent in {@code ETag} and expected back in {@code If-Match}. */
    public static String entityTag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header names.
     *
     * @throws ProblemException 428 when the header is absent, 400 when it is not an entity tag of ours
     */
    public static long requiredVersion(String header) {
        if (header == null || header.isBlank()) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_REQUIRED,
                    "Send the ETag you read in an If-Match header, so that concurrent changes are not overwritten");
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() < 3 || !tag.startsWith("\"") || !tag.endsWith("\"")) {
            throw ProblemException.invalidField(HEADER, "must be an entity tag such as \"3\"");
        }
        try {
            return Long.parseLong(tag.substring(1, tag.length() - 1));
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(HEADER, "is not an entity tag of this resource");
        }
    }

    /**
     * Checks that the stored version is the one the client based its change on.
     *
     * @param currentRepresentation the resource as it is now, returned in the 412 problem
     */
    public static void check(long expectedVersion, long actualVersion, Supplier<?> currentRepresentation) {
        if (expectedVersion != actualVersion) {
            throw new ProblemException(
                    ProblemType.PRECONDITION_FAILED,
                    "You based this change on version " + expectedVersion + " but the resource is at version "
                            + actualVersion + "; the current state is included",
                    List.of(),
                    currentRepresentation.get());
        }
    }
}
