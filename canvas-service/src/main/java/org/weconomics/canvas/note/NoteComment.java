package org.weconomics.canvas.note;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** A remark on a note, written during or after the workshop. Comments are added, not changed. */
@Entity
@Table(name = "canvas_note_comment")
public class NoteComment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "note_id", nullable = false)
    public UUID noteId;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public String author;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The comments of several notes, oldest first. */
    public static List<NoteComment> onNotes(Collection<UUID> noteIds) {
        return noteIds.isEmpty() ? List.of() : list("noteId in ?1", Sort.ascending("createdAt", "id"), noteIds);
    }

    /** The comments of a note, oldest first. */
    public static PanacheQuery<NoteComment> onNote(UUID noteId) {
        return find("noteId", Sort.ascending("createdAt", "id"), noteId);
    }
}
