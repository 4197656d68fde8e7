package org.weconomics.canvas.picture;

import java.util.List;

/**
 * Where a note's sticky lies and what is written on it.
 *
 * @param paper     the sticky itself; inside its block's note area, overlapping no other sticky
 * @param lines     the note's text, wrapped to the sticky
 * @param markers   value-tag markers and the vote count, along the bottom edge of the sticky
 * @param truncated whether the text was too long for the sticky even at the smallest font and ends in "…"
 */
public record StickyPlacement(
        PictureNote note, Box paper, double fontSize, List<TextLine> lines, List<Badge> markers, boolean truncated) {

    public StickyPlacement {
        lines = List.copyOf(lines);
        markers = List.copyOf(markers);
    }
}
