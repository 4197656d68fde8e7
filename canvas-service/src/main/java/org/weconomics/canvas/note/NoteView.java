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
        @Schema(description = "Token subject of who wrote it.") String author,
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
                note.author,
                note.createdAt,
                note.updatedAt,
                note.version);
    }

    static NoteState event(Note note, long sequence) {
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
