package org.weconomics.canvas.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.weconomics.canvas.picture.PictureAssertions.assertAllInside;
import static org.weconomics.canvas.picture.PictureAssertions.assertNoOverlap;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.note.NoteColour;
import org.weconomics.canvas.template.Language;

class BoardLayoutEngineTest {

    private final BoardLayoutEngine engine = new BoardLayoutEngine();

    @Test
    void placesAHundredNotesOnTheBusinessModelCanvasWithoutOverlapInsideTheirBlocks() {
        BoardPicture board = PictureTestData.hundredNoteBusinessModelCanvas(PictureTestData.bmcAttribution("en"));

        BoardLayout layout = engine.layout(board);

        assertThat(layout.blocks()).hasSize(9);
        assertThat(layout.stickies()).hasSize(100);
        assertNoOverlap(layout.stickies().stream().map(StickyPlacement::paper).toList(), "stickies");
        for (BlockPlacement block : layout.blocks()) {
            List<Box> papers =
                    block.stickies().stream().map(StickyPlacement::paper).toList();
            assertAllInside(
                    block.noteArea(), papers, "sticky of " + block.block().key());
            assertThat(block.stickies())
                    .allSatisfy(sticky -> assertThat(sticky.note().blockKey())
                            .isEqualTo(block.block().key()));
            assertThat(block.overflow()).isNull();
        }
        assertThat(layout.stickies()).noneMatch(StickyPlacement::truncated);
    }

    @Test
    void givesTheCrowdedBlockSmallerStickiesThanTheQuietOnes() {
        BoardLayout layout = engine.layout(PictureTestData.hundredNoteBusinessModelCanvas(null));

        Box crowded = stickyOf(layout, "value-proposition");
        Box quiet = stickyOf(layout, "customer-relationships");
        assertThat(crowded.width() * crowded.height()).isLessThan(quiet.width() * quiet.height() / 2);
        assertThat(quiet.width()).isEqualTo(StickyArranger.LARGEST_SIDE);
    }

    @Test
    void keepsEveryLineOfTextInsideItsStickyAtALegibleSize() {
        List<BoardLayout> layouts = List.of(
                engine.layout(PictureTestData.hundredNoteBusinessModelCanvas(null)),
                engine.layout(PictureTestData.deWroeterBlendedCanvas()));

        for (BoardLayout layout : layouts) {
            for (StickyPlacement sticky : layout.stickies()) {
                assertThat(sticky.fontSize()).isGreaterThanOrEqualTo(StickyWriter.MINIMUM_FONT_SIZE);
                for (TextLine line : sticky.lines()) {
                    Box ink = new Box(
                            line.x(),
                            line.baseline() - line.fontSize() * TextFitting.FIRST_BASELINE,
                            line.width(),
                            line.fontSize());
                    assertAllInside(sticky.paper(), List.of(ink), "line '" + line.text() + "'");
                }
                List<Box> markers = sticky.markers().stream().map(Badge::box).toList();
                assertAllInside(sticky.paper(), markers, "marker");
                assertNoOverlap(markers, "markers");
            }
        }
    }

    @Test
    void showsPlusNMoreInsteadOfOverlappingWhenEvenTheSmallestStickiesDoNotFit() {
        BlockPlacement channels =
                engine.layout(PictureTestData.crowdedChannels(150)).blocks().get(0);

        OverflowPlacement overflow = channels.overflow();
        assertThat(overflow).isNotNull();
        assertThat(channels.stickies().size() + overflow.hiddenNotes()).isEqualTo(150);
        assertThat(overflow.label().text()).isEqualTo("+" + overflow.hiddenNotes() + " more");
        List<Box> papers = new ArrayList<>(
                channels.stickies().stream().map(StickyPlacement::paper).toList());
        papers.add(overflow.paper());
        assertNoOverlap(papers, "stickies");
        assertAllInside(channels.noteArea(), papers, "sticky");
        assertThat(channels.stickies())
                .allSatisfy(sticky ->
                        assertThat(sticky.paper().height()).isGreaterThanOrEqualTo(StickyArranger.SMALLEST_HEIGHT));
    }

    @Test
    void shortensATextTooLongForAnyStickyWithAnEllipsis() {
        String longText = "Wij willen ".repeat(80) + "einde";
        BoardPicture board = new BoardPicture(
                "Lang",
                null,
                null,
                Language.EN,
                1,
                1,
                null,
                List.of(new PictureBlock("value-proposition", "Value proposition", null, 0, 0, 1, 1)),
                List.of(PictureNote.of("value-proposition", 0, longText, NoteColour.YELLOW)));

        StickyPlacement sticky = engine.layout(board).stickies().get(0);

        assertThat(sticky.truncated()).isTrue();
        assertThat(sticky.fontSize()).isEqualTo(StickyWriter.MINIMUM_FONT_SIZE);
        assertThat(sticky.lines().get(sticky.lines().size() - 1).text()).endsWith("…");
    }

    @Test
    void laysTheBlocksOnTheGridInsideThePageAboveTheLegendAndTheAttribution() {
        BoardLayout layout = engine.layout(PictureTestData.deWroeterBlendedCanvas());

        Box page = new Box(0, 0, BoardLayoutEngine.PAGE_WIDTH, BoardLayoutEngine.PAGE_HEIGHT);
        List<Box> frames = layout.blocks().stream().map(BlockPlacement::frame).toList();
        assertNoOverlap(frames, "blocks");
        assertAllInside(page, frames, "block");
        double lowestBlock = frames.stream().mapToDouble(Box::bottom).max().orElseThrow();
        assertThat(layout.legend()).hasSize(3 + 3 + 1);
        assertThat(layout.legend())
                .allSatisfy(entry -> assertThat(entry.sample().box().y()).isGreaterThan(lowestBlock));
        assertThat(layout.footer()).allSatisfy(line -> {
            assertThat(line.baseline()).isGreaterThan(lowestBlock).isLessThan(BoardLayoutEngine.PAGE_HEIGHT);
            assertThat(line.x() + line.width()).isLessThanOrEqualTo(BoardLayoutEngine.PAGE_WIDTH);
        });
        assertThat(String.join(" ", layout.footer().stream().map(TextLine::text).toList()))
                .contains("Strategyzer", "CC BY-SA 3.0");
    }

    @Test
    void givesTheBlocksOfOneGroupOneHeaderColour() {
        BoardLayout layout = engine.layout(PictureTestData.deWroeterBlendedCanvas());

        assertThat(header(layout, "key-partners")).isEqualTo(header(layout, "channels"));
        assertThat(header(layout, "key-partners")).isNotEqualTo(header(layout, "value-proposition"));
        assertThat(header(layout, "cost-structure")).isEqualTo(header(layout, "revenue-streams"));
    }

    private static String header(BoardLayout layout, String blockKey) {
        return layout.blocks().stream()
                .filter(block -> block.block().key().equals(blockKey))
                .findFirst()
                .orElseThrow()
                .headerFill();
    }

    private static Box stickyOf(BoardLayout layout, String blockKey) {
        return layout.blocks().stream()
                .filter(block -> block.block().key().equals(blockKey))
                .findFirst()
                .orElseThrow()
                .stickies()
                .get(0)
                .paper();
    }
}
