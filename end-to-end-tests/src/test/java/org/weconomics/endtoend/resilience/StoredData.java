package org.weconomics.endtoend.resilience;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** What the services stored, read straight from their databases to check that nothing was lost or doubled. */
final class StoredData {

    private final ResilienceStack stack;

    StoredData(ResilienceStack stack) {
        this.stack = stack;
    }

    /** The ids of the partnerships partnership-service stored whose name starts with the prefix. */
    Set<String> partnershipsNamed(String prefix) {
        return strings(
                "partnership-service",
                "select id::text from partnership where name like ?",
                statement -> statement.setString(1, prefix + "%"));
    }

    /** Per partnership id: how many earnings models finance-service stored for it. */
    Map<String, Integer> modelsPerPartnership(Collection<String> partnershipIds) {
        return counts(
                "finance-service",
                "select partnership_id::text, count(*) from earnings_model where partnership_id = any(?) "
                        + "group by partnership_id",
                partnershipIds);
    }

    /** Per partnership id: how many earnings-model.created events finance-service recorded in its outbox. */
    Map<String, Integer> modelCreatedEventsPerPartnership(Collection<String> partnershipIds) {
        return counts(
                "finance-service",
                "select m.partnership_id::text, count(o.event_id) from earnings_model m "
                        + "join outbox_event o on o.aggregate_id = m.id::text "
                        + "and o.event_type = 'org.weconomics.earnings-model.created' "
                        + "where m.partnership_id = any(?) group by m.partnership_id",
                partnershipIds);
    }

    /** Outbox events of a service not yet acknowledged by Kafka. */
    int unpublishedEvents(String module) {
        return count(module, "select count(*) from outbox_event where published_at is null");
    }

    /** Outbox events of a service that needed more than one attempt to reach Kafka. */
    int eventsPublishedAfterRetries(String module) {
        return count(module, "select count(*) from outbox_event where attempts > 1");
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private Set<String> strings(String module, String sql, Binder binder) {
        try (Connection connection = stack.database(module);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            Set<String> values = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + module + "'s database failed: " + e.getMessage(), e);
        }
    }

    private Map<String, Integer> counts(String module, String sql, Collection<String> ids) {
        try (Connection connection = stack.database(module);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf(
                    "uuid", ids.stream().map(UUID::fromString).toArray());
            statement.setArray(1, array);
            Map<String, Integer> counts = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + module + "'s database failed: " + e.getMessage(), e);
        }
    }

    private int count(String module, String sql) {
        try (Connection connection = stack.database(module);
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + module + "'s database failed: " + e.getMessage(), e);
        }
    }
}
