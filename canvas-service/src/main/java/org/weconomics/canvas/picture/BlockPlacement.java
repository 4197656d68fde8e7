package org.weconomics.canvas.picture;

import java.util.List;

/**
 * A block on the page.
 *
 * @param frame      the block's outline
 * @param header     the band at the top of the frame holding the title, in the group's colour
 * @param headerFill {@code #RRGGBB}
 * @param headerText the block title and, when there is room, the group title
 * @param noteArea   where the stickies go; every sticky lies inside it
 * @param overflow   the "+N more" sticky, or {@code null} when all notes are shown
 */
public record BlockPlacement(
        PictureBlock block,
        Box frame,
        Box header,
        String headerFill,
        List<TextLine> headerText,
        Box noteArea,
        List<StickyPlacement> stickies,
        OverflowPlacement overflow) {

    public BlockPlacement {
        headerText = List.copyOf(headerText);
        stickies = List.copyOf(stickies);
    }
}
