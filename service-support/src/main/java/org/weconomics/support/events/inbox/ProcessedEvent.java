package org.weconomics.support.events.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** An event a consumer has applied; stored with the effect so that redelivery has none. */
@Entity
@Table(name = "processed_event")
@IdClass(ProcessedEvent.Key.class)
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(nullable = false)
    public String consumer;

    @Id
    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "processed_at", nullable = false)
    public OffsetDateTime processedAt;

    static boolean isProcessed(String consumer, String eventId) {
        return count("consumer = ?1 and eventId = ?2", consumer, eventId) > 0;
    }

    /** The composite key: one row per consumer and event. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public String consumer;
        public String eventId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(consumer, key.consumer)
                    && Objects.equals(eventId, key.eventId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(consumer, eventId);
        }
    }
}
