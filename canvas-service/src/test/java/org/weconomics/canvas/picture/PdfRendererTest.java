package org.weconomics.canvas.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.weconomics.canvas.picture.PictureAssertions.squeezed;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.note.NoteColour;
import org.weconomics.canvas.template.Language;

class PdfRendererTest {

    private static final Instant CREATED = Instant.parse("2025-03-14T16:30:00Z");

    private final PdfRenderer renderer =
            new PdfRenderer(new BoardLayoutEngine(), Clock.fixed(CREATED, ZoneId.of("Europe/Brussels")));

    @Test
    void drawsTheHundredNoteCanvasOnOneA3LandscapePageWhosTextCanBeReadBack() throws IOException {
        BoardPicture board = PictureTestData.hundredNoteBusinessModelCanvas(PictureTestData.bmcAttribution("en"));

        try (PDDocument pdf = Loader.loadPDF(renderer.render(board))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isCloseTo(1190.55f, offset(0.01f));
            assertThat(page.getHeight()).isCloseTo(841.89f, offset(0.01f));

            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Business Model Canvas", "Zorg dichtbij", "Lokale groep Utrecht");
            String squeezedText = squeezed(text);
            for (PictureNote note : board.notes()) {
                assertThat(squeezedText).as("text of '%s'", note.text()).contains(squeezed(note.text()));
            }
            assertThat(squeezedText).contains(squeezed("Strategyzer AG"), squeezed("CC BY-SA 3.0"));
        }
    }

    @Test
    void describesTheDocument() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.render(PictureTestData.deWroeterBlendedCanvas()))) {
            var information = pdf.getDocumentInformation();
            assertThat(information.getTitle())
                    .isEqualTo("Blended Business Model Canvas – De Wroeter & 37graden: Verbindende bedrijfsevents");
            assertThat(information.getAuthor()).isEqualTo("Weconomics platform");
            assertThat(information.getCreationDate().toInstant()).isEqualTo(CREATED);
        }
    }

    @Test
    void addsAppendixPagesWithEveryNoteItsVotesAndItsCommentsWhenAsked() throws IOException {
        BoardPicture board = PictureTestData.deWroeterBlendedCanvas();

        try (PDDocument withAppendix = Loader.loadPDF(renderer.renderWithAppendix(board));
                PDDocument without = Loader.loadPDF(renderer.render(board))) {
            assertThat(without.getNumberOfPages()).isEqualTo(1);
            assertThat(withAppendix.getNumberOfPages()).isGreaterThan(1);

            PDFTextStripper appendixOnly = new PDFTextStripper();
            appendixOnly.setStartPage(2);
            String appendix = appendixOnly.getText(withAppendix);
            assertThat(appendix)
                    .contains(
                            "Bijlage: notities per bouwsteen",
                            "Strategische partners (3)",
                            "Menukaart waaruit een flexibel aanbod kan worden samengesteld",
                            "Els (De Wroeter): Eens, dit moeten we in de overeenkomst vastleggen.",
                            "6 stemmen",
                            "Sociale waarde, Ecologische waarde");
        }
    }

    @Test
    void listsInTheAppendixTheNotesTheBoardCouldOnlyCount() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(renderer.renderWithAppendix(PictureTestData.crowdedChannels(60)))) {
            PDFTextStripper boardOnly = new PDFTextStripper();
            boardOnly.setEndPage(1);
            assertThat(boardOnly.getText(pdf)).containsPattern("\\+\\d+ more").doesNotContain("Kanaal nummer 59");
            PDFTextStripper appendixOnly = new PDFTextStripper();
            appendixOnly.setStartPage(2);
            assertThat(appendixOnly.getText(pdf)).contains("Channels (60)", "Kanaal nummer 59", "No notes.");
        }
    }

    @Test
    void rendersTextTheFontCannotEncodeAsQuestionMarksInsteadOfFailing() throws IOException {
        BoardPicture board = new BoardPicture(
                "Samen 💪 sterk",
                "Groen 🌱 ondernemen",
                null,
                Language.NL,
                1,
                1,
                null,
                List.of(new PictureBlock("value-proposition", "Waarde 🚀", null, 0, 0, 1, 1)),
                List.of(new PictureNote(
                        "value-proposition",
                        0,
                        "Koffie ☕ met de buren 中文",
                        NoteColour.YELLOW,
                        Set.of(),
                        0,
                        List.of(new PictureComment("Anne 😀", "Top 👍")))));

        try (PDDocument pdf = Loader.loadPDF(renderer.renderWithAppendix(board))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(squeezed(text)).contains("Samen?sterk", "Koffie?metdeburen??", "Anne?:Top?");
        }
    }
}
