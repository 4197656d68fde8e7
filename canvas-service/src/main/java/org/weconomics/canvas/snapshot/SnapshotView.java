package org.weconomics.canvas.snapshot;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.note.CommentView;
import org.weconomics.canvas.note.NoteContent;

/** A snapshot with the notes it holds (in the template's block order, by position) and their comments. */
@Schema(name = "Snapshot")
public record SnapshotView(
        UUID id,
        UUID canvasId,
        @Schema(example = "Einde werkdag 1") String name,
        @Schema(description = "The canvas's change sequence it was taken at.", example = "42") long sequence,
        @Schema(example = "37") int noteCount,
        @Schema(description = "Token subject of who took it.") String createdBy,
        OffsetDateTime createdAt,
        List<NoteContent> notes,
        @Schema(description = "The comments on its notes, oldest first.") List<CommentView> comments) {

    /** The snapshot with the notes the viewer may see (a note hidden when it was taken is its author's) and theirs. */
    public static SnapshotView of(Snapshot snapshot, Predicate<NoteContent> visible) {
        List<NoteContent> notes = snapshot.notes.stream().filter(visible).toList();
        Set<UUID> noteIds = notes.stream().map(NoteContent::id).collect(Collectors.toSet());
        return new SnapshotView(
                snapshot.id,
                snapshot.canvasId,
                snapshot.name,
                snapshot.sequence,
                snapshot.noteCount,
                snapshot.createdBy,
                snapshot.createdAt,
                notes,
                snapshot.comments.stream()
                        .filter(comment -> noteIds.contains(comment.noteId()))
                        .toList());
    }
}
