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
 * Draws a board as a PDF for the presentation at the end of a workshop: page 1 is the board on A3 landscape, laid
 * out exactly as the SVG; on request, A4 appendix pages list every note per block with its votes and comments.
 * Text uses the Standard 14 Helvetica fonts (not embedded; every PDF viewer has them).
 */
@ApplicationScoped
public class PdfRenderer {

    static final String AUTHOR = BoardLayoutEngine.PLATFORM_NAME;

    private final BoardLayoutEngine layoutEngine;
    private final Clock clock;

    public PdfRenderer() {
        this(new BoardLayoutEngine(), Clock.systemUTC());
    }

    PdfRenderer(BoardLayoutEngine layoutEngine, Clock clock) {
        this.layoutEngine = layoutEngine;
        this.clock = clock;
    }

    /** The board alone, one page. */
    public byte[] render(BoardPicture board) {
        return render(layoutEngine.layout(board), false);
    }

    /** The board, followed by appendix pages with every note, its votes and its comments, block by block. */
    public byte[] renderWithAppendix(BoardPicture board) {
        return render(layoutEngine.layout(board), true);
    }

    /** A PDF of a layout computed before (the same layout the SVG draws). */
    public byte[] render(BoardLayout layout, boolean withAppendix) {
        try (PDDocument document = new PDDocument()) {
            describe(document, layout.board());
            PdfFonts fonts = PdfFonts.helvetica();
            drawBoard(document, fonts, layout);
            if (withAppendix) {
                new PdfAppendix(document, fonts, layout.board()).write();
            }
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            // Rendering writes to memory only; an I/O failure here is a defect, not a condition to handle.
            throw new UncheckedIOException("could not render the board as PDF", e);
        }
    }

    private void describe(PDDocument document, BoardPicture board) {
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(SvgRenderer.documentTitle(board));
        information.setSubject(board.topic());
        information.setAuthor(AUTHOR);
        information.setCreator(AUTHOR + " (canvas-service)");
        Calendar now = GregorianCalendar.from(clock.instant().atZone(clock.getZone()));
        now.setTimeZone(TimeZone.getTimeZone(clock.getZone()));
        information.setCreationDate(now);
    }

    /** One page of the board at full size; the workshop presentation draws its canvases with it too. */
    static void drawBoard(PDDocument document, PdfFonts fonts, BoardLayout layout) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) layout.pageWidth(), (float) layout.pageHeight()));
        document.addPage(page);
        try (PdfPainter painter = new PdfPainter(document, page, fonts)) {
            for (TextLine line : layout.header()) {
                painter.text(line);
            }
            for (BlockPlacement block : layout.blocks()) {
                drawBlock(painter, block);
            }
            for (LegendEntry entry : layout.legend()) {
                painter.badge(entry.sample());
                painter.text(entry.label());
            }
            for (TextLine line : layout.footer()) {
                painter.text(line);
            }
        }
    }

    private static void drawBlock(PdfPainter painter, BlockPlacement block) throws IOException {
        painter.fill(block.frame(), PictureStyle.BLOCK_FILL, 0);
        painter.fill(block.header(), block.headerFill(), 0);
        painter.stroke(block.frame(), PictureStyle.BLOCK_OUTLINE, PictureStyle.BLOCK_OUTLINE_WIDTH);
        for (TextLine line : block.headerText()) {
            painter.text(line);
        }
        for (StickyPlacement sticky : block.stickies()) {
            Box paper = sticky.paper();
            painter.shade(PictureStyle.shadowOf(paper), PictureStyle.SHADOW_OPACITY);
            painter.fill(paper, StickyPalette.fill(sticky.note().colour()), 0);
            for (TextLine line : sticky.lines()) {
                painter.text(line);
            }
            for (Badge marker : sticky.markers()) {
                painter.badge(marker);
            }
        }
        if (block.overflow() != null) {
            painter.fill(block.overflow().paper(), PictureStyle.OVERFLOW_FILL, 0);
            painter.stroke(
                    block.overflow().paper(),
                    PictureStyle.OVERFLOW_OUTLINE,
                    PictureStyle.OVERFLOW_OUTLINE_WIDTH,
                    PictureStyle.OVERFLOW_DASHES);
            painter.text(block.overflow().label());
        }
    }
}
