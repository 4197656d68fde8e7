package org.weconomics.support.database;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Whether a failure means the service's database cannot be reached right now (stopped, restarting,
 * connection cut): a condition of the platform, not a fault of the request, the event or the code. A client
 * is told to try again (503) instead of getting an internal error, and an event waits for the database
 * instead of being dead-lettered. The connection pool replaces broken connections by itself, so the service
 * recovers without a restart once the database is back.
 */
public final class DatabaseUnavailable {

    /** SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or starting. */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnavailable() {}

    /**
     * Looks through the causes and the suppressed exceptions: a commit that fails because the connection was cut
     * is a {@code RollbackException} that carries the driver's exception only as a suppressed one.
     */
    public static boolean isCauseOf(Throwable failure) {
        return Causes.anyMatches(failure, DatabaseUnavailable::meansUnreachable);
    }

    private static boolean meansUnreachable(Throwable cause) {
        if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state);
        }
        return false;
    }
}
