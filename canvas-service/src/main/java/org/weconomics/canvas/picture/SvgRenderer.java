package org.weconomics.canvas.picture;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Draws a board as a standalone SVG document of an A3 landscape page (420 × 297 mm; one user unit is one point):
 * the blocks with their titles in the group colours, the notes as coloured stickies with a slight shadow and their
 * wrapped text, the legend and the attribution. Every sticky carries the note's full text as its {@code <title>}.
 */
@ApplicationScoped
public class SvgRenderer {

    private static final String STYLE =
            """
            text { font-family: Helvetica, Arial, 'Liberation Sans', sans-serif; }
            .bold { font-weight: bold; }
            .block-frame { fill: %s; }
            .block-outline { fill: none; stroke: %s; stroke-width: %s; }
            .sticky-shadow { fill: #000000; fill-opacity: %s; }
            .sticky-overflow { stroke: %s; stroke-width: %s; stroke-dasharray: %s %s; }
            """
                    .formatted(
                            PictureStyle.BLOCK_FILL,
                            PictureStyle.BLOCK_OUTLINE,
                            PictureStyle.BLOCK_OUTLINE_WIDTH,
                            PictureStyle.SHADOW_OPACITY,
                            PictureStyle.OVERFLOW_OUTLINE,
                            PictureStyle.OVERFLOW_OUTLINE_WIDTH,
                            PictureStyle.OVERFLOW_DASHES[0],
                            PictureStyle.OVERFLOW_DASHES[1]);

    private final BoardLayoutEngine layoutEngine;

    public SvgRenderer() {
        this(new BoardLayoutEngine());
    }

    SvgRenderer(BoardLayoutEngine layoutEngine) {
        this.layoutEngine = layoutEngine;
    }

    /** The board as an SVG document, UTF-8, with an XML declaration. */
    public String render(BoardPicture board) {
        return render(layoutEngine.layout(board));
    }

    /** An SVG document of a layout computed before (the same layout the PDF draws). */
    public String render(BoardLayout layout) {
        BoardPicture board = layout.board();
        StringBuilder svg = new StringBuilder(64 * 1024);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"420mm\" height=\"297mm\"")
                .append(" viewBox=\"0 0 ")
                .append(number(layout.pageWidth()))
                .append(' ')
                .append(number(layout.pageHeight()))
                .append("\" role=\"img\" lang=\"")
                .append(board.language().tag())
                .append("\">\n")
                .append("<title>")
                .append(Xml.escape(documentTitle(board)))
                .append("</title>\n")
                .append("<style>")
                .append(STYLE)
                .append("</style>\n")
                .append("<rect class=\"page\" x=\"0\" y=\"0\" width=\"")
                .append(number(layout.pageWidth()))
                .append("\" height=\"")
                .append(number(layout.pageHeight()))
                .append("\" fill=\"")
                .append(PictureStyle.PAGE_FILL)
                .append("\"/>\n");

        svg.append("<g class=\"header\">\n");
        layout.header().forEach(line -> text(svg, line));
        svg.append("</g>\n");
        layout.blocks().forEach(block -> block(svg, block));
        svg.append("<g class=\"footer\">\n");
        for (LegendEntry entry : layout.legend()) {
            badge(svg, entry.sample());
            text(svg, entry.label());
        }
        layout.footer().forEach(line -> text(svg, line));
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    static String documentTitle(BoardPicture board) {
        return board.topic() == null || board.topic().isBlank() ? board.title() : board.title() + " – " + board.topic();
    }

    private static void block(StringBuilder svg, BlockPlacement block) {
        svg.append("<g class=\"block\" data-block=\"")
                .append(Xml.escape(block.block().key()))
                .append("\">\n")
                .append("<title>")
                .append(Xml.escape(block.block().title()))
                .append("</title>\n");
        rect(svg, block.frame(), "block-frame", null);
        rect(svg, block.header(), "block-header", block.headerFill());
        rect(svg, block.frame(), "block-outline", null);
        block.headerText().forEach(line -> text(svg, line));
        block.stickies().forEach(sticky -> sticky(svg, sticky));
        if (block.overflow() != null) {
            OverflowPlacement overflow = block.overflow();
            svg.append("<g class=\"sticky-more\" data-hidden-notes=\"")
                    .append(overflow.hiddenNotes())
                    .append("\">\n");
            rect(svg, overflow.paper(), "sticky-overflow", PictureStyle.OVERFLOW_FILL);
            text(svg, overflow.label());
            svg.append("</g>\n");
        }
        svg.append("</g>\n");
    }

    private static void sticky(StringBuilder svg, StickyPlacement sticky) {
        PictureNote note = sticky.note();
        svg.append("<g class=\"sticky\" data-position=\"")
                .append(note.position())
                .append("\" data-colour=\"")
                .append(note.colour().key())
                .append("\">\n")
                .append("<title>")
                .append(Xml.escape(note.text()))
                .append("</title>\n");
        Box paper = sticky.paper();
        rect(svg, PictureStyle.shadowOf(paper), "sticky-shadow", null);
        rect(svg, paper, "sticky-paper", StickyPalette.fill(note.colour()));
        if (!sticky.lines().isEmpty()) {
            TextLine first = sticky.lines().get(0);
            svg.append("<text class=\"note-text\" font-size=\"")
                    .append(number(first.fontSize()))
                    .append("\" fill=\"")
                    .append(first.colour())
                    .append("\">");
            for (TextLine line : sticky.lines()) {
                svg.append("<tspan x=\"")
                        .append(number(line.x()))
                        .append("\" y=\"")
                        .append(number(line.baseline()))
                        .append('"')
                        .append(textLength(line))
                        .append('>')
                        .append(Xml.escape(line.text()))
                        .append("</tspan>");
            }
            svg.append("</text>\n");
        }
        sticky.markers().forEach(marker -> badge(svg, marker));
        svg.append("</g>\n");
    }

    private static void badge(StringBuilder svg, Badge badge) {
        Box box = badge.box();
        svg.append("<rect class=\"badge\" x=\"")
                .append(number(box.x()))
                .append("\" y=\"")
                .append(number(box.y()))
                .append("\" width=\"")
                .append(number(box.width()))
                .append("\" height=\"")
                .append(number(box.height()))
                .append("\" rx=\"")
                .append(number(badge.cornerRadius()))
                .append("\" fill=\"")
                .append(badge.fill())
                .append("\"/>\n");
        if (badge.label() != null) {
            text(svg, badge.label());
        }
    }

    private static void rect(StringBuilder svg, Box box, String cssClass, String fill) {
        svg.append("<rect class=\"")
                .append(cssClass)
                .append("\" x=\"")
                .append(number(box.x()))
                .append("\" y=\"")
                .append(number(box.y()))
                .append("\" width=\"")
                .append(number(box.width()))
                .append("\" height=\"")
                .append(number(box.height()))
                .append('"');
        if (fill != null) {
            svg.append(" fill=\"").append(fill).append('"');
        }
        svg.append("/>\n");
    }

    private static void text(StringBuilder svg, TextLine line) {
        svg.append("<text x=\"")
                .append(number(line.x()))
                .append("\" y=\"")
                .append(number(line.baseline()))
                .append("\" font-size=\"")
                .append(number(line.fontSize()))
                .append("\" fill=\"")
                .append(line.colour())
                .append('"')
                .append(line.bold() ? " class=\"bold\"" : "")
                .append(textLength(line))
                .append('>')
                .append(Xml.escape(line.text()))
                .append("</text>\n");
    }

    /**
     * Holds every line to the width Helvetica gives it, so that a viewer substituting another sans-serif font
     * still keeps the text inside its sticky.
     */
    private static String textLength(TextLine line) {
        return line.text().isBlank()
                ? ""
                : " textLength=\"" + number(line.width()) + "\" lengthAdjust=\"spacingAndGlyphs\"";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
