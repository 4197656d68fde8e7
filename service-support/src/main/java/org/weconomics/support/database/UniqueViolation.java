package org.weconomics.support.database;

import java.sql.SQLException;

/**
 * Whether a failure is a unique constraint of the database refusing a row (SQLSTATE 23505): the service checked
 * for a duplicate before inserting, but a concurrent request inserted the same key between the check and the
 * commit. That is a conflict the client can resolve by reading again (409), not a fault of the server.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {}

    public static boolean isCauseOf(Throwable failure) {
        return Causes.anyMatches(
                failure, cause -> cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }
}
