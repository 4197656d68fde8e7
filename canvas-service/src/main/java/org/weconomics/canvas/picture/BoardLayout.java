package org.weconomics.canvas.picture;

import java.util.List;

/**
 * The board placed on an A3 landscape page: computed once by {@link BoardLayoutEngine}, drawn by both renderers, so
 * the SVG and the PDF show the same picture. Positions are in points from the top left corner of the page.
 *
 * @param header the title, subtitle and topic lines at the top of the page
 * @param legend what the group colours, value-tag markers and vote counts mean; empty when nothing needs explaining
 * @param footer the attribution lines and the platform's name
 */
public record BoardLayout(
        BoardPicture board,
        double pageWidth,
        double pageHeight,
        List<TextLine> header,
        List<BlockPlacement> blocks,
        List<LegendEntry> legend,
        List<TextLine> footer) {

    public BoardLayout {
        header = List.copyOf(header);
        blocks = List.copyOf(blocks);
        legend = List.copyOf(legend);
        footer = List.copyOf(footer);
    }

    /** All stickies of the board, block after block. */
    public List<StickyPlacement> stickies() {
        return blocks.stream().flatMap(block -> block.stickies().stream()).toList();
    }
}
