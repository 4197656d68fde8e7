package org.weconomics.canvas.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a canvas's change log, numbered by the canvas's change sequence. Entries are never changed. */
@Entity
@Table(name = "canvas_change")
@IdClass(CanvasChange.Key.class)
public class CanvasChange extends PanacheEntityBase {

    @Id
    @Column(name = "canvas_id")
    public UUID canvasId;

    @Id
    public long sequence;

    /** The canvas event type without its {@code org.weconomics.canvas.} prefix, e.g. {@code note-moved}. */
    @Column(nullable = false)
    public String kind;

    /** Token subject of who made the change. */
    @Column(nullable = false)
    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "note_id")
    public UUID noteId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    public JsonNode before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    public JsonNode after;

    /** The entries after {@code afterSequence} up to and including {@code upTo}, oldest first. */
    static List<CanvasChange> between(UUID canvasId, long afterSequence, long upTo) {
        return list(
                "canvasId = ?1 and sequence > ?2 and sequence <= ?3 order by sequence", canvasId, afterSequence, upTo);
    }

    /** Whether anyone but these subjects changed the canvas or its notes. */
    public static boolean anyByOthersThan(UUID canvasId, List<String> subjects) {
        return count("canvasId = ?1 and subject not in ?2", canvasId, subjects) > 0;
    }

    static boolean anyAbout(UUID canvasId, UUID noteId) {
        return count("canvasId = ?1 and noteId = ?2", canvasId, noteId) > 0;
    }

    /** The primary key: canvas and sequence. */
    public static class Key implements Serializable {

        public UUID canvasId;
        public long sequence;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && sequence == key.sequence && Objects.equals(canvasId, key.canvasId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(canvasId, sequence);
        }
    }
}
