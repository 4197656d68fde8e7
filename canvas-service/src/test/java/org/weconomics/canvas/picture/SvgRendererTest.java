package org.weconomics.canvas.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weconomics.canvas.picture.PictureAssertions.assertAllInside;
import static org.weconomics.canvas.picture.PictureAssertions.assertNoOverlap;
import static org.weconomics.canvas.picture.PictureAssertions.squeezed;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.weconomics.canvas.note.NoteColour;
import org.weconomics.canvas.template.Language;
import org.weconomics.canvas.template.ValueTag;

class SvgRendererTest {

    private final SvgRenderer renderer = new SvgRenderer();

    @Test
    void drawsTheHundredNoteCanvasAsWellFormedA3Svg() throws Exception {
        BoardPicture board = PictureTestData.hundredNoteBusinessModelCanvas(PictureTestData.bmcAttribution("en"));

        ParsedSvg svg = ParsedSvg.parse(renderer.render(board));

        Element root = svg.document().getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("420mm");
        assertThat(root.getAttribute("height")).isEqualTo("297mm");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 1190.55 841.89");
        assertThat(root.getElementsByTagNameNS(ParsedSvg.SVG_NAMESPACE, "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Business Model Canvas – Zorg dichtbij: een wijkcoöperatie voor ouderen");
        assertThat(svg.blocks()).hasSize(9);
        assertThat(svg.blocks().stream()
                        .mapToInt(block -> block.stickies().size())
                        .sum())
                .isEqualTo(100);
    }

    @Test
    void writesEveryNotesTextOnItsSticky() throws Exception {
        BoardPicture board = PictureTestData.hundredNoteBusinessModelCanvas(null);

        ParsedSvg svg = ParsedSvg.parse(renderer.render(board));

        for (PictureNote note : board.notes()) {
            ParsedSvg.Sticky sticky = svg.block(note.blockKey()).stickies().stream()
                    .filter(candidate -> candidate.position() == note.position())
                    .findFirst()
                    .orElseThrow();
            assertThat(squeezed(sticky.text()))
                    .as("the sticky of '%s'", note.text())
                    .isEqualTo(squeezed(note.text()));
            assertThat(sticky.title()).isEqualTo(note.text());
        }
    }

    @Test
    void drawsNoStickyOverAnotherOrOutsideItsBlock() throws Exception {
        ParsedSvg svg = ParsedSvg.parse(renderer.render(PictureTestData.hundredNoteBusinessModelCanvas(null)));

        List<Box> allStickies = svg.blocks().stream()
                .flatMap(block -> block.stickies().stream().map(ParsedSvg.Sticky::paper))
                .toList();
        assertThat(allStickies).hasSize(100);
        assertNoOverlap(allStickies, "stickies");
        for (ParsedSvg.Block block : svg.blocks()) {
            assertAllInside(
                    block.frame(),
                    block.stickies().stream().map(ParsedSvg.Sticky::paper).toList(),
                    "sticky of " + block.key());
        }
    }

    @Test
    void escapesMarkupAndKeepsDutchLettersWhileReplacingWhatTheFontCannotDraw() throws Exception {
        String text = "Kosten & baten <2025> \"één\" 'coöperatie' 💪";
        BoardPicture board = new BoardPicture(
                "Waarde & <winst>",
                null,
                null,
                Language.NL,
                1,
                1,
                null,
                List.of(new PictureBlock("revenue-streams", "Inkomsten & <baten>", null, 0, 0, 1, 1)),
                List.of(PictureNote.of("revenue-streams", 0, text, NoteColour.PINK)));

        ParsedSvg svg = ParsedSvg.parse(renderer.render(board));

        ParsedSvg.Sticky sticky = svg.block("revenue-streams").stickies().get(0);
        assertThat(sticky.text()).isEqualTo("Kosten & baten <2025> \"één\" 'coöperatie' ?");
        assertThat(sticky.title()).isEqualTo(text);
        assertThat(svg.texts()).contains("Waarde & <winst>", "Inkomsten & <baten>");
    }

    @Test
    void printsTheAttributionOnlyWhenGiven() throws Exception {
        String withAttribution = String.join(
                " ",
                ParsedSvg.parse(renderer.render(
                                PictureTestData.hundredNoteBusinessModelCanvas(PictureTestData.bmcAttribution("en"))))
                        .texts());
        String without = String.join(
                " ",
                ParsedSvg.parse(renderer.render(PictureTestData.hundredNoteBusinessModelCanvas(null)))
                        .texts());

        assertThat(withAttribution)
                .contains(
                        "Strategyzer AG",
                        "Osterwalder & Pigneur",
                        "https://creativecommons.org/licenses/by-sa/3.0/",
                        "CC BY-SA 3.0");
        assertThat(without).doesNotContain("Strategyzer");
    }

    @Test
    void explainsValueTagsAndVotesInTheLegend() throws Exception {
        BoardPicture board = new BoardPicture(
                "Blended",
                null,
                null,
                Language.NL,
                1,
                1,
                null,
                List.of(new PictureBlock("value-proposition", "Waardepropositie", "Waardepropositie", 0, 0, 1, 1)),
                List.of(new PictureNote(
                        "value-proposition",
                        0,
                        "Sociale teambuilding",
                        NoteColour.GREEN,
                        Set.of(ValueTag.SOCIAL, ValueTag.ECOLOGICAL),
                        4,
                        List.of())));

        List<String> texts = ParsedSvg.parse(renderer.render(board)).texts();

        assertThat(texts)
                .contains(
                        "S",
                        "Eco",
                        "4",
                        "Sociale waarde",
                        "Ecologische waarde",
                        "Economische waarde",
                        "aantal stemmen",
                        "Waardepropositie");
    }
}
