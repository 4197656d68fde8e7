package org.weconomics.canvas.picture;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Draws a workshop's presentation as one PDF to put on the screen and send afterwards, every page A3 landscape like
 * the boards: a title page, each canvas exactly as {@link PdfRenderer} draws it, then the text sections in large
 * type, each starting on a page of its own and continuing on the next when long.
 */
@ApplicationScoped
public class PresentationPdf {

    private static final PDRectangle PAGE =
            new PDRectangle((float) BoardLayoutEngine.PAGE_WIDTH, (float) BoardLayoutEngine.PAGE_HEIGHT);
    private static final double MARGIN = 56;
    private static final double TITLE_SIZE = 40;
    private static final double TITLE_LINE_SIZE = 20;
    private static final double HEADING_SIZE = 28;
    private static final double SUBHEADING_SIZE = 18;
    private static final double ITEM_SIZE = 15;
    private static final double DETAIL_SIZE = 12;
    private static final double RUNNING_SIZE = 10;
    private static final double DETAIL_INDENT = 22;
    private static final double COLUMN_GUTTER = 40;
    private static final double COLUMN_WIDTH = (PAGE.getWidth() - 2 * MARGIN - COLUMN_GUTTER) / 2;

    private static final String TEXT_COLOUR = "#202124";
    private static final String DETAIL_COLOUR = "#5F6368";
    private static final String ACCENT = "#D3E3F3";

    private final BoardLayoutEngine layoutEngine;
    private final Clock clock;

    public PresentationPdf() {
        this(new BoardLayoutEngine(), Clock.systemUTC());
    }

    PresentationPdf(BoardLayoutEngine layoutEngine, Clock clock) {
        this.layoutEngine = layoutEngine;
        this.clock = clock;
    }

    public byte[] render(Presentation presentation) {
        try (PDDocument document = new PDDocument()) {
            describe(document, presentation);
            PdfFonts fonts = PdfFonts.helvetica();
            titlePage(document, fonts, presentation);
            for (BoardPicture board : presentation.boards()) {
                PdfRenderer.drawBoard(document, fonts, layoutEngine.layout(board));
            }
            for (Presentation.Section section : presentation.sections()) {
                new SectionPages(document, fonts, presentation.title()).write(section);
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            // Rendering writes to memory only; an I/O failure here is a defect, not a condition to handle.
            throw new UncheckedIOException("could not render the presentation as PDF", e);
        }
    }

    private void describe(PDDocument document, Presentation presentation) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(presentation.title());
        information.setAuthor(PdfRenderer.AUTHOR);
        information.setCreator(PdfRenderer.AUTHOR + " (canvas-service)");
        Calendar now = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
        now.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
        information.setCreationDate(now);
    }

    private static void titlePage(PDDocument document, PdfFonts fonts, Presentation presentation) throws IOException {
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        double width = PAGE.getWidth();
        try (PdfPainter painter = new PdfPainter(document, page, fonts)) {
            painter.fill(new Box(0, 0, width, PAGE.getHeight() * 0.08), ACCENT, 0);
            double baseline = PAGE.getHeight() * 0.36;
            for (String line : TextFitting.wrap(
                    HelveticaMetrics.printable(presentation.title()),
                    HelveticaMetrics.BOLD,
                    TITLE_SIZE,
                    width - 2 * MARGIN)) {
                painter.text(TextLine.centredOn(line, width / 2, baseline, TITLE_SIZE, true, TEXT_COLOUR));
                baseline += TITLE_SIZE * TextFitting.LINE_HEIGHT;
            }
            baseline += TITLE_LINE_SIZE;
            for (String line : presentation.titleLines()) {
                String fitted = TextFitting.fitOnOneLine(
                        HelveticaMetrics.printable(line),
                        HelveticaMetrics.REGULAR,
                        TITLE_LINE_SIZE,
                        width - 2 * MARGIN);
                painter.text(TextLine.centredOn(fitted, width / 2, baseline, TITLE_LINE_SIZE, false, DETAIL_COLOUR));
                baseline += TITLE_LINE_SIZE * 1.6;
            }
            painter.text(TextLine.endingAt(
                    BoardLayoutEngine.PLATFORM_NAME,
                    width - MARGIN,
                    PAGE.getHeight() - MARGIN / 2,
                    RUNNING_SIZE,
                    true,
                    DETAIL_COLOUR));
        }
    }

    /**
     * One section, from a new page on, in two columns (a line across the whole A3 page would be too long to read);
     * its entries flow on to the second column and further pages, the heading repeated with "(2)".
     */
    private static final class SectionPages {

        private final PDDocument document;
        private final PdfFonts fonts;
        private final String runningTitle;

        private PdfPainter painter;
        private double cursor;
        private double columnTop;
        private int column;
        private int pageOfSection;
        private String heading;

        SectionPages(PDDocument document, PdfFonts fonts, String runningTitle) {
            this.document = document;
            this.fonts = fonts;
            this.runningTitle = runningTitle;
        }

        void write(Presentation.Section section) throws IOException {
            heading = section.heading();
            newPage();
            try {
                for (Presentation.Entry entry : section.entries()) {
                    entry(entry);
                }
            } finally {
                painter.close();
            }
        }

        private void entry(Presentation.Entry entry) throws IOException {
            switch (entry.level()) {
                case SUBHEADING -> {
                    cursor += SUBHEADING_SIZE * 0.6;
                    // Keep a subheading with at least two lines of what it heads.
                    requireRoom(SUBHEADING_SIZE * 1.5 + ITEM_SIZE * 3);
                    lines(entry.text(), SUBHEADING_SIZE, true, TEXT_COLOUR, 0, 1.5);
                }
                case ITEM -> {
                    cursor += ITEM_SIZE * 0.25;
                    lines(entry.text(), ITEM_SIZE, false, TEXT_COLOUR, 0, TextFitting.LINE_HEIGHT);
                }
                case DETAIL ->
                    lines(entry.text(), DETAIL_SIZE, false, DETAIL_COLOUR, DETAIL_INDENT, TextFitting.LINE_HEIGHT);
                case REMARK -> {
                    cursor += ITEM_SIZE * 0.25;
                    lines(entry.text(), ITEM_SIZE, false, DETAIL_COLOUR, 0, TextFitting.LINE_HEIGHT);
                }
            }
        }

        /** Wraps the text to the column, {@code indent} in from its left edge. */
        private void lines(String text, double size, boolean bold, String colour, double indent, double spacing)
                throws IOException {
            HelveticaMetrics font = HelveticaMetrics.of(bold);
            for (String line : TextFitting.wrap(HelveticaMetrics.printable(text), font, size, COLUMN_WIDTH - indent)) {
                requireRoom(size * spacing);
                double left = MARGIN + column * (COLUMN_WIDTH + COLUMN_GUTTER) + indent;
                painter.text(TextLine.at(line, left, cursor + size * TextFitting.FIRST_BASELINE, size, bold, colour));
                cursor += size * spacing;
            }
        }

        private void requireRoom(double height) throws IOException {
            if (cursor + height <= PAGE.getHeight() - MARGIN) {
                return;
            }
            if (column == 0) {
                column = 1;
                cursor = columnTop;
            } else {
                painter.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            pageOfSection++;
            painter = new PdfPainter(document, page, fonts);
            double runningBaseline = MARGIN / 2 + RUNNING_SIZE;
            painter.text(TextLine.at(
                    TextFitting.fitOnOneLine(
                            HelveticaMetrics.printable(runningTitle),
                            HelveticaMetrics.REGULAR,
                            RUNNING_SIZE,
                            PAGE.getWidth() - 2 * MARGIN - 200),
                    MARGIN,
                    runningBaseline,
                    RUNNING_SIZE,
                    false,
                    DETAIL_COLOUR));
            painter.text(TextLine.endingAt(
                    BoardLayoutEngine.PLATFORM_NAME,
                    PAGE.getWidth() - MARGIN,
                    runningBaseline,
                    RUNNING_SIZE,
                    true,
                    DETAIL_COLOUR));
            cursor = MARGIN;
            String title = pageOfSection == 1 ? heading : heading + " (" + pageOfSection + ")";
            painter.fill(new Box(MARGIN, cursor, 6, HEADING_SIZE), ACCENT, 0);
            painter.text(TextLine.at(
                    HelveticaMetrics.printable(title),
                    MARGIN + 16,
                    cursor + HEADING_SIZE * TextFitting.FIRST_BASELINE,
                    HEADING_SIZE,
                    true,
                    TEXT_COLOUR));
            cursor += HEADING_SIZE * 1.8;
            columnTop = cursor;
            column = 0;
        }
    }
}
