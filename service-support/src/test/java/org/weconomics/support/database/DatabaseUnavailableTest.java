package org.weconomics.support.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aLostConnectionAnywhereInTheCausesIsTheDatabaseBeingAway() {
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(new JDBCConnectionException(
                        "An I/O error occurred while sending to the backend.", new SQLException("io", "08006")))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException(
                        new SQLTransientConnectionException("Acquisition timeout while waiting for new connection"))))
                .isTrue();
        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException(
                        new SQLException("terminating connection due to administrator command", "57P01"))))
                .isTrue();
    }

    @Test
    void aCommitThatFailedBecauseTheServerWentAwayCarriesTheDriversExceptionAsASuppressedOne() {
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        assertThat(DatabaseUnavailable.isCauseOf(new RuntimeException("Error invoking subclass method", rollback)))
                .isTrue();
    }

    @Test
    void otherDatabaseErrorsAndOtherFailuresAreNot() {
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new IllegalStateException("bug")))
                .isFalse();
    }
}
