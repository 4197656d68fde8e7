package org.weconomics.canvas.snapshot;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.weconomics.canvas.note.CommentView;
import org.weconomics.canvas.note.NoteContent;

/** The notes of a canvas, with their comments, as they were at one change sequence, under a name. Never changed. */
@Entity
@Table(name = "canvas_snapshot")
public class Snapshot extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "canvas_id", nullable = false)
    public UUID canvasId;

    @Column(nullable = false)
    public String name;

    /** The canvas's change sequence the snapshot was taken at: it holds every change up to this one. */
    @Column(nullable = false)
    public long sequence;

    @Column(name = "note_count", nullable = false)
    public int noteCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<NoteContent> notes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<CommentView> comments = new ArrayList<>();

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
