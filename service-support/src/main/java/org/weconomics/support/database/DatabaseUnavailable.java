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

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_GOING_AWAY.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
