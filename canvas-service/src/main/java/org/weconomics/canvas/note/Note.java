package org.weconomics.canvas.note;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.weconomics.canvas.template.ValueTag;

/**
 * A note (post-it) in one block of a canvas. The notes of a block are numbered 0, 1, 2… without gaps; adding,
 * moving and removing a note shifts the notes after it.
 */
@Entity
@Table(name = "canvas_note")
public class Note extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "canvas_id", nullable = false)
    public UUID canvasId;

    @Column(name = "block_key", nullable = false)
    public String blockKey;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoteColour colour;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "value_tags", nullable = false)
    public List<ValueTag> valueTags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lens_tags", nullable = false)
    public List<String> lensTags = new ArrayList<>();

    /**
     * The guiding question of its block that the note answers: an index into the block's questions in the canvas's
     * template version, from 0; null when it answers none in particular.
     */
    public Integer question;

    @Column(nullable = false)
    public String author;

    /**
     * Added while the facilitator's hidden mode was on and not revealed yet: only its author and the facilitator see
     * it ({@code org.weconomics.canvas.facilitation.NoteVisibility}).
     */
    @Column(nullable = false)
    public boolean hidden;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    /** The notes of a canvas, by block key and position. */
    public static List<Note> onCanvas(UUID canvasId) {
        return list("canvasId", Sort.ascending("blockKey", "position"), canvasId);
    }

    public static List<Note> inBlock(UUID canvasId, String blockKey) {
        return list("canvasId = ?1 and blockKey = ?2", Sort.ascending("position"), canvasId, blockKey);
    }

    public static int countInBlock(UUID canvasId, String blockKey) {
        return (int) count("canvasId = ?1 and blockKey = ?2", canvasId, blockKey);
    }

    public static long countOnCanvas(UUID canvasId) {
        return count("canvasId", canvasId);
    }

    /** Moves the notes of a block at {@code from} or later by {@code delta} places, except {@code except}. */
    static void shift(UUID canvasId, String blockKey, int from, int delta, UUID except) {
        update(
                "position = position + :delta where canvasId = :canvas and blockKey = :block and position >= :from "
                        + "and id <> :except",
                Parameters.with("delta", delta)
                        .and("canvas", canvasId)
                        .and("block", blockKey)
                        .and("from", from)
                        .and("except", except));
    }
}
