package org.weconomics.canvas.picture;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.weconomics.canvas.template.Language;

/**
 * The appendix of the PDF, on A4 portrait pages: block by block, every note (also those the board could only count
 * as "+N more") with its votes, value tags and comments, as flowing text that continues on new pages.
 */
final class PdfAppendix {

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final double MARGIN = 50;
    private static final double HEADING_SIZE = 16;
    private static final double BLOCK_TITLE_SIZE = 12.5;
    private static final double NOTE_SIZE = 10;
    private static final double DETAIL_SIZE = 8.5;
    private static final double COMMENT_SIZE = 9;
    private static final double RUNNING_HEADER_SIZE = 8;
    private static final double NOTE_INDENT = 16;
    private static final double COMMENT_INDENT = 28;
    private static final double SWATCH_SIZE = 8;

    private static final String TEXT_COLOUR = "#202124";
    private static final String DETAIL_COLOUR = "#5F6368";

    private final PDDocument document;
    private final PdfFonts fonts;
    private final BoardPicture board;
    private final Language language;

    private PdfPainter painter;
    private double cursor;
    private int pageNumber;

    PdfAppendix(PDDocument document, PdfFonts fonts, BoardPicture board) {
        this.document = document;
        this.fonts = fonts;
        this.board = board;
        this.language = board.language();
    }

    void write() throws IOException {
        newPage();
        lines(
                Labels.of(language, "Bijlage: notities per bouwsteen", "Appendix: notes per block"),
                HEADING_SIZE,
                true,
                TEXT_COLOUR,
                MARGIN,
                1.4);
        try {
            for (PictureBlock block : board.blocks()) {
                writeBlock(block);
            }
        } finally {
            painter.close();
        }
    }

    private void writeBlock(PictureBlock block) throws IOException {
        List<PictureNote> notes = board.notesOf(block.key());
        cursor += 10;
        requireRoom(BLOCK_TITLE_SIZE * 2 + NOTE_SIZE * 2);
        String heading = block.title() + " (" + notes.size() + ")";
        lines(heading, BLOCK_TITLE_SIZE, true, TEXT_COLOUR, MARGIN, 1.5);
        if (notes.isEmpty()) {
            lines(Labels.of(language, "Geen notities.", "No notes."), NOTE_SIZE, false, DETAIL_COLOUR, MARGIN, 1.4);
        }
        for (PictureNote note : notes) {
            writeNote(note);
        }
    }

    private void writeNote(PictureNote note) throws IOException {
        cursor += 3;
        requireRoom(NOTE_SIZE * TextFitting.LINE_HEIGHT * 2);
        painter.fill(
                new Box(MARGIN, cursor + NOTE_SIZE * 0.1, SWATCH_SIZE, SWATCH_SIZE),
                StickyPalette.fill(note.colour()),
                0);
        painter.stroke(
                new Box(MARGIN, cursor + NOTE_SIZE * 0.1, SWATCH_SIZE, SWATCH_SIZE),
                PictureStyle.OVERFLOW_OUTLINE,
                0.4);
        lines(note.text(), NOTE_SIZE, false, TEXT_COLOUR, MARGIN + NOTE_INDENT, TextFitting.LINE_HEIGHT);
        String details = details(note);
        if (!details.isEmpty()) {
            lines(details, DETAIL_SIZE, false, DETAIL_COLOUR, MARGIN + NOTE_INDENT, TextFitting.LINE_HEIGHT);
        }
        for (PictureComment comment : note.comments()) {
            lines(
                    comment.author() + ": " + comment.text(),
                    COMMENT_SIZE,
                    false,
                    DETAIL_COLOUR,
                    MARGIN + COMMENT_INDENT,
                    TextFitting.LINE_HEIGHT);
        }
    }

    private String details(PictureNote note) {
        List<String> details = new ArrayList<>();
        if (note.votes() > 0) {
            details.add(note.votes() + " "
                    + (note.votes() == 1
                            ? Labels.of(language, "stem", "vote")
                            : Labels.of(language, "stemmen", "votes")));
        }
        if (!note.valueTags().isEmpty()) {
            details.add(note.orderedValueTags().stream()
                    .map(tag -> ValueTagMarkers.name(tag, language))
                    .collect(Collectors.joining(", ")));
        }
        if (!note.comments().isEmpty()) {
            int count = note.comments().size();
            details.add(count + " "
                    + (count == 1
                            ? Labels.of(language, "opmerking", "comment")
                            : Labels.of(language, "opmerkingen", "comments")));
        }
        return String.join(" · ", details);
    }

    /** Wraps the text to the page width from {@code left} and writes it, continuing on a new page when needed. */
    private void lines(String text, double size, boolean bold, String colour, double left, double lineSpacing)
            throws IOException {
        HelveticaMetrics font = HelveticaMetrics.of(bold);
        double width = PAGE.getWidth() - MARGIN - left;
        for (String line : TextFitting.wrap(HelveticaMetrics.printable(text), font, size, width)) {
            requireRoom(size * lineSpacing);
            painter.text(TextLine.at(line, left, cursor + size * TextFitting.FIRST_BASELINE, size, bold, colour));
            cursor += size * lineSpacing;
        }
    }

    private void requireRoom(double height) throws IOException {
        if (cursor + height > PAGE.getHeight() - MARGIN) {
            painter.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        pageNumber++;
        painter = new PdfPainter(document, page, fonts);
        double baseline = MARGIN / 2 + RUNNING_HEADER_SIZE;
        String runningTitle = TextFitting.fitOnOneLine(
                HelveticaMetrics.printable(board.title()),
                HelveticaMetrics.REGULAR,
                RUNNING_HEADER_SIZE,
                PAGE.getWidth() - 2 * MARGIN - 60);
        painter.text(TextLine.at(runningTitle, MARGIN, baseline, RUNNING_HEADER_SIZE, false, DETAIL_COLOUR));
        painter.text(TextLine.endingAt(
                Labels.of(language, "bijlage ", "appendix ") + pageNumber,
                PAGE.getWidth() - MARGIN,
                baseline,
                RUNNING_HEADER_SIZE,
                false,
                DETAIL_COLOUR));
        cursor = MARGIN;
    }
}
