package org.weconomics.canvas.picture;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.weconomics.canvas.template.Language;
import org.weconomics.canvas.template.ValueTag;

/**
 * Lays a board out on an A3 landscape page: title and topic at the top, the blocks on the template grid in between,
 * the legend and the attribution at the bottom, and the stickies inside their blocks. Both renderers draw this one
 * layout.
 */
@ApplicationScoped
public class BoardLayoutEngine {

    /** A3 landscape, 420 × 297 mm, in points. */
    public static final double PAGE_WIDTH = 420 / 25.4 * 72;

    public static final double PAGE_HEIGHT = 297 / 25.4 * 72;

    private static final double MARGIN = 24;
    private static final double BLOCK_GUTTER = 6;
    private static final double HEADER_HEIGHT = 22;
    private static final double NOTE_AREA_PADDING = 6;

    private static final double TITLE_SIZE = 22;
    private static final double SUBTITLE_SIZE = 11;
    private static final double TOPIC_SIZE = 12;
    private static final int TOPIC_MAX_LINES = 2;
    private static final double BLOCK_TITLE_SIZE = 11;
    private static final double SMALLEST_BLOCK_TITLE_SIZE = 8;
    private static final double GROUP_TITLE_SIZE = 7;
    private static final double LEGEND_SIZE = 8;
    private static final double ATTRIBUTION_SIZE = 7;

    private static final String TITLE_COLOUR = "#111111";
    private static final String SECONDARY_COLOUR = "#555555";
    private static final String BLOCK_TITLE_COLOUR = "#1A1A1A";
    private static final String NEUTRAL_HEADER_FILL = "#ECEFF1";
    /** Light tints for the groups of blocks, in the order the groups first appear. */
    private static final List<String> GROUP_FILLS =
            List.of("#D3E3F3", "#D8EED3", "#F6E1C3", "#E6DAF3", "#F4D6DA", "#D3EEF0");

    static final String PLATFORM_NAME = "Weconomics platform";

    public BoardLayout layout(BoardPicture board) {
        List<TextLine> header = header(board);
        double gridTop = header.get(header.size() - 1).baseline() + 14;

        Map<String, String> groupFills = groupFills(board);
        List<TextLine> footer = new ArrayList<>();
        double legendBaseline = footer(board, footer);
        List<LegendEntry> legend = legend(board, groupFills, legendBaseline);
        TextLine platformName = TextLine.endingAt(
                PLATFORM_NAME, PAGE_WIDTH - MARGIN, legendBaseline, LEGEND_SIZE, true, SECONDARY_COLOUR);
        double legendEnd = legend.stream()
                .mapToDouble(entry -> entry.label().x() + entry.label().width())
                .max()
                .orElse(MARGIN);
        if (legendEnd + 20 <= platformName.x()) {
            // The platform's name is a courtesy; a long legend matters more.
            footer.add(platformName);
        }
        double gridBottom = legendBaseline - LEGEND_SIZE - 8;

        Box grid = new Box(MARGIN, gridTop, PAGE_WIDTH - 2 * MARGIN, gridBottom - gridTop);
        List<BlockPlacement> blocks = board.blocks().stream()
                .map(block -> block(board, block, grid, groupFills))
                .toList();
        return new BoardLayout(board, PAGE_WIDTH, PAGE_HEIGHT, header, blocks, legend, footer);
    }

    private static List<TextLine> header(BoardPicture board) {
        List<TextLine> header = new ArrayList<>();
        double right = PAGE_WIDTH - MARGIN;
        double titleBaseline = MARGIN + TITLE_SIZE * TextFitting.FIRST_BASELINE;
        double subtitleWidth = 0;
        if (hasText(board.subtitle())) {
            String subtitle = TextFitting.fitOnOneLine(
                    HelveticaMetrics.printable(board.subtitle()),
                    HelveticaMetrics.REGULAR,
                    SUBTITLE_SIZE,
                    (PAGE_WIDTH - 2 * MARGIN) / 3);
            TextLine line = TextLine.endingAt(subtitle, right, titleBaseline, SUBTITLE_SIZE, false, SECONDARY_COLOUR);
            subtitleWidth = line.width() + 24;
            header.add(line);
        }
        String title = TextFitting.fitOnOneLine(
                HelveticaMetrics.printable(board.title()),
                HelveticaMetrics.BOLD,
                TITLE_SIZE,
                PAGE_WIDTH - 2 * MARGIN - subtitleWidth);
        header.add(0, TextLine.at(title, MARGIN, titleBaseline, TITLE_SIZE, true, TITLE_COLOUR));
        if (hasText(board.topic())) {
            List<String> lines = TextFitting.wrap(
                    HelveticaMetrics.printable(board.topic()),
                    HelveticaMetrics.REGULAR,
                    TOPIC_SIZE,
                    PAGE_WIDTH - 2 * MARGIN);
            if (lines.size() > TOPIC_MAX_LINES) {
                String rest = String.join(" ", lines.subList(TOPIC_MAX_LINES - 1, lines.size()));
                lines = new ArrayList<>(lines.subList(0, TOPIC_MAX_LINES - 1));
                lines.add(
                        TextFitting.fitOnOneLine(rest, HelveticaMetrics.REGULAR, TOPIC_SIZE, PAGE_WIDTH - 2 * MARGIN));
            }
            double baseline = titleBaseline + 8;
            for (String line : lines) {
                baseline += TOPIC_SIZE * TextFitting.LINE_HEIGHT;
                header.add(TextLine.at(line, MARGIN, baseline, TOPIC_SIZE, false, SECONDARY_COLOUR));
            }
        }
        return header;
    }

    /** Adds the attribution lines, bottom up from the margin, and returns the baseline of the legend row above. */
    private static double footer(BoardPicture board, List<TextLine> footer) {
        double bottom = PAGE_HEIGHT - MARGIN;
        if (!hasText(board.attribution())) {
            return bottom - 2;
        }
        List<String> lines = TextFitting.wrap(
                HelveticaMetrics.printable(board.attribution()),
                HelveticaMetrics.REGULAR,
                ATTRIBUTION_SIZE,
                PAGE_WIDTH - 2 * MARGIN);
        double lineHeight = ATTRIBUTION_SIZE * TextFitting.LINE_HEIGHT;
        double firstBaseline = bottom - 2 - (lines.size() - 1) * lineHeight;
        for (int i = 0; i < lines.size(); i++) {
            footer.add(TextLine.at(
                    lines.get(i), MARGIN, firstBaseline + i * lineHeight, ATTRIBUTION_SIZE, false, SECONDARY_COLOUR));
        }
        return firstBaseline - ATTRIBUTION_SIZE - 8;
    }

    private static Map<String, String> groupFills(BoardPicture board) {
        Map<String, String> fills = new LinkedHashMap<>();
        for (PictureBlock block : board.blocks()) {
            if (hasText(block.groupTitle()) && !fills.containsKey(block.groupTitle())) {
                fills.put(block.groupTitle(), GROUP_FILLS.get(fills.size() % GROUP_FILLS.size()));
            }
        }
        return fills;
    }

    /** The legend row: group colours, value-tag markers and the vote badge, each only when the board uses it. */
    private static List<LegendEntry> legend(BoardPicture board, Map<String, String> groupFills, double baseline) {
        Language language = board.language();
        List<LegendEntry> legend = new ArrayList<>();
        double markerTop = baseline - LEGEND_SIZE * 0.35 - StickyWriter.markerHeight() / 2;
        double x = MARGIN;
        for (Map.Entry<String, String> group : groupFills.entrySet()) {
            Badge swatch = new Badge(new Box(x, markerTop, 16, StickyWriter.markerHeight()), 0, group.getValue(), null);
            legend.add(legendEntry(swatch, HelveticaMetrics.printable(group.getKey()), baseline));
            x = legend.get(legend.size() - 1).label().x()
                    + legend.get(legend.size() - 1).label().width()
                    + 14;
        }
        boolean tagged =
                board.notes().stream().anyMatch(note -> !note.valueTags().isEmpty());
        if (tagged) {
            x += 10;
            for (ValueTag tag : ValueTag.values()) {
                legend.add(legendEntry(
                        StickyWriter.valueTagMarker(tag, x, markerTop), ValueTagMarkers.name(tag, language), baseline));
                x = legend.get(legend.size() - 1).label().x()
                        + legend.get(legend.size() - 1).label().width()
                        + 14;
            }
        }
        if (board.notes().stream().anyMatch(note -> note.votes() > 0)) {
            x += 10;
            legend.add(legendEntry(
                    StickyWriter.voteBadge("3", x, markerTop),
                    Labels.of(language, "aantal stemmen", "number of votes"),
                    baseline));
        }
        return legend;
    }

    private static LegendEntry legendEntry(Badge sample, String label, double baseline) {
        return new LegendEntry(
                sample, TextLine.at(label, sample.box().right() + 5, baseline, LEGEND_SIZE, false, SECONDARY_COLOUR));
    }

    private static BlockPlacement block(
            BoardPicture board, PictureBlock block, Box grid, Map<String, String> groupFills) {
        double cellWidth = grid.width() / board.gridColumns();
        double cellHeight = grid.height() / board.gridRows();
        Box frame = new Box(
                        grid.x() + block.column() * cellWidth,
                        grid.y() + block.row() * cellHeight,
                        block.columnSpan() * cellWidth,
                        block.rowSpan() * cellHeight)
                .inset(BLOCK_GUTTER / 2, BLOCK_GUTTER / 2, BLOCK_GUTTER / 2, BLOCK_GUTTER / 2);
        Box header = new Box(frame.x(), frame.y(), frame.width(), HEADER_HEIGHT);
        String headerFill = groupFills.getOrDefault(block.groupTitle(), NEUTRAL_HEADER_FILL);
        Box noteArea =
                frame.inset(NOTE_AREA_PADDING, HEADER_HEIGHT + NOTE_AREA_PADDING, NOTE_AREA_PADDING, NOTE_AREA_PADDING);
        StickyArranger.Arrangement arrangement =
                StickyArranger.arrange(board.notesOf(block.key()), noteArea, board.language());
        return new BlockPlacement(
                block,
                frame,
                header,
                headerFill,
                headerText(block, header),
                noteArea,
                arrangement.stickies(),
                arrangement.overflow());
    }

    /** The block title, shrunk a little or shortened if the block is narrow; the group title when there is room. */
    private static List<TextLine> headerText(PictureBlock block, Box header) {
        double padding = 7;
        double baseline = header.y() + HEADER_HEIGHT / 2 + BLOCK_TITLE_SIZE * 0.35;
        double room = header.width() - 2 * padding;
        String title = HelveticaMetrics.printable(block.title()).replace('\n', ' ');
        double size = BLOCK_TITLE_SIZE;
        while (size > SMALLEST_BLOCK_TITLE_SIZE && HelveticaMetrics.BOLD.width(title, size) > room) {
            size -= 0.5;
        }
        TextLine titleLine = TextLine.at(
                TextFitting.fitOnOneLine(title, HelveticaMetrics.BOLD, size, room),
                header.x() + padding,
                baseline,
                size,
                true,
                BLOCK_TITLE_COLOUR);
        if (!hasText(block.groupTitle())) {
            return List.of(titleLine);
        }
        TextLine groupLine = TextLine.endingAt(
                HelveticaMetrics.printable(block.groupTitle()).replace('\n', ' '),
                header.right() - padding,
                baseline,
                GROUP_TITLE_SIZE,
                false,
                SECONDARY_COLOUR);
        boolean roomForBoth = groupLine.x() - titleLine.x() - titleLine.width() >= 12;
        return roomForBoth ? List.of(titleLine, groupLine) : List.of(titleLine);
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
