package org.weconomics.canvas.picture;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.weconomics.canvas.note.NoteColour;
import org.weconomics.canvas.template.ValueTag;

/**
 * One sticky note as the picture shows it.
 *
 * @param blockKey  the block the note sits in
 * @param position  its place in the block's reading order (left to right, top to bottom); ties keep input order
 * @param text      what is written on it; may hold line breaks
 * @param colour    the colour of the sticky
 * @param valueTags the kinds of value the note creates (blended BMC); may be empty
 * @param votes     dot-voting result, 0 when no round was held
 * @param comments  the discussion on the note, listed in the PDF appendix
 */
public record PictureNote(
        String blockKey,
        int position,
        String text,
        NoteColour colour,
        Set<ValueTag> valueTags,
        int votes,
        List<PictureComment> comments) {

    static final Comparator<PictureNote> BY_POSITION = Comparator.comparingInt(PictureNote::position);

    public PictureNote {
        Objects.requireNonNull(blockKey, "blockKey");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(colour, "colour");
        valueTags = valueTags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(valueTags));
        comments = List.copyOf(comments);
        if (votes < 0) {
            throw new IllegalArgumentException("votes cannot be negative");
        }
    }

    /** A plain note: no value tags, no votes, no comments. */
    public static PictureNote of(String blockKey, int position, String text, NoteColour colour) {
        return new PictureNote(blockKey, position, text, colour, Set.of(), 0, List.of());
    }

    /** The value tags in their fixed order (economic, social, ecological), so markers always line up alike. */
    List<ValueTag> orderedValueTags() {
        return valueTags.stream().sorted().toList();
    }
}
