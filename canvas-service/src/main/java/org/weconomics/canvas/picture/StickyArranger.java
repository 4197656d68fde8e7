package org.weconomics.canvas.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.weconomics.canvas.template.Language;

/**
 * Places a block's notes as stickies in a flowing grid (left to right, then down) inside the block's note area.
 *
 * <p>All stickies of a block have one size: the largest that lets every note fit, up to the size of a sticky on a
 * board that is not crowded, and with the text of every note fitting at a legible size where possible. Stickies
 * are square or somewhat wider than high, never taller. When even the smallest stickies cannot hold all notes, the
 * last place shows "+N more" instead of letting stickies overlap or leave the block.
 */
final class StickyArranger {

    static final double GAP = 4;
    static final double LARGEST_SIDE = 96;
    static final double SMALLEST_WIDTH = 44;
    static final double SMALLEST_HEIGHT = 36;
    private static final double WIDEST_ASPECT = 1.6;

    private static final String OVERFLOW_TEXT_COLOUR = "#3C4043";
    private static final double OVERFLOW_FONT_SIZE = 8;

    private StickyArranger() {}

    /** The stickies of one block and, when not all notes fit, the "+N more" sticky. */
    record Arrangement(List<StickyPlacement> stickies, OverflowPlacement overflow) {}

    /** A way to cut the note area: this many columns of stickies of this size. */
    private record Grid(int columns, double stickyWidth, double stickyHeight) {

        double shorterSide() {
            return Math.min(stickyWidth, stickyHeight);
        }

        double area() {
            return stickyWidth * stickyHeight;
        }
    }

    static Arrangement arrange(List<PictureNote> notes, Box noteArea, Language language) {
        if (notes.isEmpty()) {
            return new Arrangement(List.of(), null);
        }
        List<Grid> grids = gridsHoldingAll(notes.size(), noteArea);
        if (grids.isEmpty()) {
            return overflowing(notes, noteArea, language);
        }
        List<StickyPlacement> best = null;
        for (Grid grid : grids) {
            List<StickyPlacement> stickies = place(notes, noteArea, grid);
            if (best == null) {
                best = stickies;
            }
            if (stickies.stream().noneMatch(StickyPlacement::truncated)) {
                return new Arrangement(stickies, null);
            }
        }
        // No sticky size lets every text fit: keep the largest stickies and shorten the longest texts.
        return new Arrangement(best, null);
    }

    /** Every grid with room for all notes, largest stickies first; ties go to more columns (fewer rows). */
    private static List<Grid> gridsHoldingAll(int noteCount, Box area) {
        List<Grid> grids = new ArrayList<>();
        for (int columns = 1; columns <= noteCount; columns++) {
            int rows = (noteCount + columns - 1) / columns;
            double width = Math.min(LARGEST_SIDE, (area.width() - (columns - 1) * GAP) / columns);
            double height = Math.min(LARGEST_SIDE, (area.height() - (rows - 1) * GAP) / rows);
            height = Math.min(height, width);
            width = Math.min(width, height * WIDEST_ASPECT);
            if (width >= SMALLEST_WIDTH && height >= SMALLEST_HEIGHT) {
                grids.add(new Grid(columns, width, height));
            }
        }
        grids.sort(Comparator.comparingDouble(Grid::shorterSide)
                .thenComparingDouble(Grid::area)
                .thenComparingInt(Grid::columns)
                .reversed());
        return grids;
    }

    private static List<StickyPlacement> place(List<PictureNote> notes, Box area, Grid grid) {
        List<StickyPlacement> stickies = new ArrayList<>(notes.size());
        for (int i = 0; i < notes.size(); i++) {
            stickies.add(StickyWriter.write(notes.get(i), slot(area, grid, i)));
        }
        return stickies;
    }

    private static Box slot(Box area, Grid grid, int index) {
        int column = index % grid.columns();
        int row = index / grid.columns();
        return new Box(
                area.x() + column * (grid.stickyWidth() + GAP),
                area.y() + row * (grid.stickyHeight() + GAP),
                grid.stickyWidth(),
                grid.stickyHeight());
    }

    private static Arrangement overflowing(List<PictureNote> notes, Box area, Language language) {
        int columns = Math.max(1, (int) Math.floor((area.width() + GAP) / (SMALLEST_WIDTH + GAP)));
        int rows = (int) Math.floor((area.height() + GAP) / (SMALLEST_HEIGHT + GAP));
        double width = Math.min(SMALLEST_WIDTH * WIDEST_ASPECT, (area.width() - (columns - 1) * GAP) / columns);
        double height = rows == 0 ? area.height() : (area.height() - (rows - 1) * GAP) / rows;
        Grid grid = new Grid(columns, Math.min(width, area.width()), Math.min(height, width));

        int slots = Math.max(1, columns * rows);
        int shown = slots - 1;
        int hidden = notes.size() - shown;
        List<StickyPlacement> stickies = place(notes.subList(0, shown), area, grid);
        Box paper = slot(area, grid, shown);
        String text = "+" + hidden + " " + Labels.of(language, "meer", "more");
        TextLine label = TextLine.centredOn(
                TextFitting.fitOnOneLine(text, HelveticaMetrics.BOLD, OVERFLOW_FONT_SIZE, paper.width() - 4),
                paper.x() + paper.width() / 2,
                paper.y() + paper.height() / 2 + OVERFLOW_FONT_SIZE * 0.35,
                OVERFLOW_FONT_SIZE,
                true,
                OVERFLOW_TEXT_COLOUR);
        return new Arrangement(stickies, new OverflowPlacement(hidden, paper, label));
    }
}
