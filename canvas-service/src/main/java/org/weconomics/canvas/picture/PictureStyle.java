package org.weconomics.canvas.picture;

/** The drawing styles both renderers share, so the SVG and the PDF look alike. Colours are {@code #RRGGBB}. */
final class PictureStyle {

    static final String PAGE_FILL = "#FFFFFF";
    static final String BLOCK_FILL = "#FFFFFF";
    static final String BLOCK_OUTLINE = "#80868B";
    static final double BLOCK_OUTLINE_WIDTH = 0.8;
    /** The sticky's shadow: a translucent copy of it, shifted down and right. */
    static final double SHADOW_OFFSET = 1.2;

    static final float SHADOW_OPACITY = 0.16f;
    static final String OVERFLOW_FILL = "#F1F3F4";
    static final String OVERFLOW_OUTLINE = "#9AA0A6";
    static final double OVERFLOW_OUTLINE_WIDTH = 0.8;
    static final float[] OVERFLOW_DASHES = {3, 2};

    private PictureStyle() {}

    static Box shadowOf(Box paper) {
        return new Box(paper.x() + SHADOW_OFFSET, paper.y() + SHADOW_OFFSET, paper.width(), paper.height());
    }
}
