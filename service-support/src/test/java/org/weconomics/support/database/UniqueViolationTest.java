package org.weconomics.support.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    @Test
    void aDuplicateKeyAnywhereInTheCausesOrSuppressedOnesIsAUniqueViolation() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        assertThat(UniqueViolation.isCauseOf(new PersistenceException(duplicate)))
                .isTrue();
        RuntimeException rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(duplicate);
        assertThat(UniqueViolation.isCauseOf(rollback)).isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNot() {
        assertThat(UniqueViolation.isCauseOf(new PersistenceException(new SQLException("value too long", "22001"))))
                .isFalse();
        assertThat(UniqueViolation.isCauseOf(new IllegalStateException("no cause")))
                .isFalse();
    }
}
