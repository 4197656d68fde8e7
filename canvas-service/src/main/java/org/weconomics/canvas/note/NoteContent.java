package org.weconomics.canvas.note;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.canvas.template.ValueTag;

/**
 * A note as the change log and snapshots keep it: what it says and where it sits, whether it is hidden, without its
 * version. Two notes
 * with the same id differ in content (text, colour, tags) or in place (block, position), or both.
 */
@Schema(name = "NoteContent")
public record NoteContent(
        UUID id,
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
        @Schema(description = "Hidden until the facilitator reveals it: only its author and the facilitator see it.")
                boolean hidden,
        OffsetDateTime createdAt) {

    public static NoteContent of(Note note) {
        return new NoteContent(
                note.id,
                note.blockKey,
                note.position,
                note.text,
                note.colour,
                List.copyOf(note.valueTags),
                List.copyOf(note.lensTags),
                note.question,
                note.author,
                note.hidden,
                note.createdAt);
    }

    /** Whether the two say the same: text, guiding question, colour, value tags and lenses. */
    public boolean saysTheSameAs(NoteContent other) {
        return text.equals(other.text)
                && Objects.equals(question, other.question)
                && colour == other.colour
                && valueTags.equals(other.valueTags)
                && lensTags.equals(other.lensTags);
    }

    public boolean sitsWhere(String otherBlockKey, int otherPosition) {
        return blockKey.equals(otherBlockKey) && position == otherPosition;
    }
}
