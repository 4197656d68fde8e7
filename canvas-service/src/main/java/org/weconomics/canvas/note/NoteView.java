package org.weconomics.canvas.note;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.template.ValueTag;
import org.weconomics.events.canvas.NoteState;
import org.weconomics.support.concurrency.Versioned;

/** A note as clients read it. Its {@code version} is also sent as the {@code ETag}. */
@Schema(name = "Note")
public record NoteView(
        UUID id,
        UUID canvasId,
        @Schema(example = "value-proposition") String blockKey,
        @Schema(description = "Place in the block, from 0.", example = "0") int position,
        @Schema(example = "Warme maaltijden met lokale groenten") String text,
        NoteColour colour,
        List<ValueTag> valueTags,
        List<String> lensTags,
        @Schema(
                        description = "Index (from 0) of the guiding question of its block that the note answers; null "
                                + "when none in particular.",
                        example = "0")
                Integer question,
        @Schema(description = "Token subject of who wrote it.") String author,
        @Schema(
                        description = "Hidden until the facilitator reveals it: only its author and the facilitator "
                                + "see it.")
                boolean hidden,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every change; send it back in If-Match.", example = "0") long version)
        implements Versioned {

    public static NoteView of(Note note) {
        return new NoteView(
                note.id,
                note.canvasId,
                note.blockKey,
                note.position,
                note.text,
                note.colour,
                List.copyOf(note.valueTags),
                List.copyOf(note.lensTags),
                note.question,
                note.author,
                note.hidden,
                note.createdAt,
                note.updatedAt,
                note.version);
    }

    public static NoteState event(Note note, long sequence) {
        return new NoteState(
                note.canvasId,
                note.id,
                note.blockKey,
                note.position,
                note.text,
                note.colour.key(),
                note.valueTags.stream().map(ValueTag::key).toList(),
                List.copyOf(note.lensTags),
                note.author,
                sequence);
    }
}
