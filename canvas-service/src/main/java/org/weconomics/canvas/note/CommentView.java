package org.weconomics.canvas.note;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment on a note. */
@Schema(name = "Comment")
public record CommentView(
        UUID id,
        UUID noteId,
        @Schema(example = "Ook voor de vergaderzalen?") String text,
        @Schema(description = "Token subject of who wrote it.") String author,
        OffsetDateTime createdAt) {

    public static CommentView of(NoteComment comment) {
        return new CommentView(comment.id, comment.noteId, comment.text, comment.author, comment.createdAt);
    }
}
