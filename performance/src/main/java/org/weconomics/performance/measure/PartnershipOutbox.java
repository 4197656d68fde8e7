package org.weconomics.performance.measure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.performance.platform.PlatformUnderTest;

/** partnership-service's outbox, read from its database: when each created event was acknowledged by Kafka. */
public final class PartnershipOutbox implements EventPropagation.OutboxRecords {

    private final PlatformUnderTest platform;

    public PartnershipOutbox(PlatformUnderTest platform) {
        this.platform = platform;
    }

    @Override
    public Map<String, Instant> publishedAt(List<String> partnershipIds) {
        try (Connection connection = platform.database("partnership-service");
                PreparedStatement statement =
                        connection.prepareStatement("select aggregate_id, published_at from outbox_event "
                                + "where event_type = 'org.weconomics.partnership.created' and published_at is not null "
                                + "and aggregate_id = any(?)")) {
            Array ids = connection.createArrayOf(
                    "varchar",
                    partnershipIds.stream()
                            .map(UUID::fromString)
                            .map(UUID::toString)
                            .toArray());
            statement.setArray(1, ids);
            Map<String, Instant> published = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    published.put(
                            rows.getString(1),
                            rows.getObject(2, OffsetDateTime.class).toInstant());
                }
            }
            return published;
        } catch (SQLException e) {
            System.out.println("partnership-service's outbox could not be read: " + e.getMessage());
            return Map.of();
        }
    }
}
