package org.weconomics.partnership.backbone;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.PartnershipRoles;

/**
 * A database from before roles were published: migrating it records one roles event per partnership, with the
 * coaches and the current partners' representatives, which the contract reads.
 */
@QuarkusTest
class RolesBackfillMigrationTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Test
    void migratingAnExistingDatabasePublishesTheRolesOfEachPartnership() throws Exception {
        String schema = "before_roles_" + UUID.randomUUID().toString().replace("-", "");
        UUID partnership = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        UUID gone = UUID.randomUUID();
        migrate(schema, "28");
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            UUID organisation = UUID.randomUUID();
            sql.execute("INSERT INTO " + schema
                    + ".organisation (id, name, sector, registration_number, created_at, updated_at, version)"
                    + " VALUES ('"
                    + organisation + "', 'De Wroeter', 'social-economy', '0123.456.789', now(), now(), 0)");
            sql.execute("INSERT INTO " + schema
                    + ".partnership (id, local_group, name, created_by, created_at, updated_at, version,"
                    + " coaches) VALUES ('" + partnership + "', 'gent', 'Wroeter & Hout', 'anna', now(), now(), 0,"
                    + " '[\"anna\", \"bert\"]')");
            sql.execute(partner(schema, current, partnership, organisation, "now()", "NULL", "[\"carla\"]"));
            sql.execute(partner(
                    schema, gone, partnership, organisation, "now() - interval '1 year'", "now()", "[\"dirk\"]"));
        }

        migrate(schema, "latest");

        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement();
                ResultSet event = sql.executeQuery("SELECT event_type, data_schema, topic, aggregate_id, payload FROM "
                        + schema + ".outbox_event")) {
            assertThat(event.next()).isTrue();
            assertThat(event.getString("event_type")).isEqualTo(PartnershipEvents.ROLES_CHANGED.type());
            assertThat(event.getString("data_schema")).isEqualTo(PartnershipEvents.ROLES_CHANGED.dataSchema());
            assertThat(event.getString("topic")).isEqualTo(PartnershipEvents.ROLES_CHANGED.topic());
            assertThat(event.getString("aggregate_id")).isEqualTo(partnership.toString());
            PartnershipRoles roles = json.readValue(event.getString("payload"), PartnershipRoles.class);
            assertThat(roles)
                    .isEqualTo(new PartnershipRoles(
                            partnership,
                            "gent",
                            List.of("anna", "bert"),
                            List.of(new PartnershipRoles.PartnerRepresentatives(current, List.of("carla")))));
            assertThat(event.next()).as("one event per partnership").isFalse();
        } finally {
            try (Connection connection = dataSource.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /** Tables named with their schema: the pooled connection's search path stays as the application needs it. */
    private static String partner(
            String schema,
            UUID id,
            UUID partnership,
            UUID organisation,
            String joinedAt,
            String leftAt,
            String representatives) {
        return "INSERT INTO " + schema
                + ".partner (id, partnership_id, organisation_id, role, founding, joined_at, left_at,"
                + " representatives, version) VALUES ('" + id + "', '" + partnership + "', '" + organisation
                + "', 'Productie', true, " + joinedAt + ", " + leftAt + ", '" + representatives + "', 0)";
    }

    private void migrate(String schema, String target) throws SQLException {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("db/migration", "db/event-backbone")
                .target(target)
                .load()
                .migrate();
    }
}
