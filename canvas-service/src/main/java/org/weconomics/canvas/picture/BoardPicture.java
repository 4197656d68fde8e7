package org.weconomics.canvas.picture;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.weconomics.canvas.template.Language;

/**
 * Everything a picture of one canvas shows: the board's texts, its blocks on the template grid and the notes in
 * them. Texts are already in the board's language; {@code language} only chooses the picture's own labels
 * ("+3 meer", the legend, the appendix headings).
 *
 * @param title       the canvas title, printed large at the top
 * @param topic       what the group works on ("Teambuildings met een sociale insteek"); optional
 * @param subtitle    a line such as local group and date ("Gent · 14 maart 2025"); optional
 * @param language    language of the picture's own labels
 * @param gridColumns columns of the template grid
 * @param gridRows    rows of the template grid
 * @param attribution credit and licence the template requires (the BMC's CC BY-SA text); optional, printed in the
 *                    footer of every picture when given
 * @param blocks      the blocks, in the template's working order (the order of the PDF appendix)
 * @param notes       the notes; every note names one of the blocks
 */
public record BoardPicture(
        String title,
        String topic,
        String subtitle,
        Language language,
        int gridColumns,
        int gridRows,
        String attribution,
        List<PictureBlock> blocks,
        List<PictureNote> notes) {

    public BoardPicture {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        if (gridColumns < 1 || gridRows < 1) {
            throw new IllegalArgumentException("the grid needs at least one column and one row");
        }
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
        Set<String> blockKeys = new HashSet<>();
        for (PictureBlock block : blocks) {
            if (!blockKeys.add(block.key())) {
                throw new IllegalArgumentException("block " + block.key() + " appears twice");
            }
            if (block.column() + block.columnSpan() > gridColumns || block.row() + block.rowSpan() > gridRows) {
                throw new IllegalArgumentException(
                        "block " + block.key() + " lies outside the " + gridColumns + "×" + gridRows + " grid");
            }
        }
        for (PictureNote note : notes) {
            if (!blockKeys.contains(note.blockKey())) {
                throw new IllegalArgumentException("a note names the unknown block " + note.blockKey());
            }
        }
    }

    /** The notes of one block in their order within the block. */
    public List<PictureNote> notesOf(String blockKey) {
        return notes.stream()
                .filter(note -> note.blockKey().equals(blockKey))
                .sorted(PictureNote.BY_POSITION)
                .toList();
    }
}
