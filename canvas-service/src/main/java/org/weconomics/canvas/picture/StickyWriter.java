package org.weconomics.canvas.picture;

import java.util.ArrayList;
import java.util.List;
import org.weconomics.canvas.template.ValueTag;

/** Writes one note on a sticky of a given size: its wrapped text, its value-tag markers and its vote count. */
final class StickyWriter {

    /** The smallest text still legible on an A3 print. */
    static final double MINIMUM_FONT_SIZE = 6;

    private static final double MAXIMUM_FONT_SIZE = 12;
    /** Text size relative to the sticky's shorter side, so that small stickies carry smaller writing. */
    private static final double FONT_SIZE_PER_STICKY_SIZE = 0.18;

    private static final String TEXT_COLOUR = "#202124";
    private static final String MARKER_TEXT_COLOUR = "#FFFFFF";
    private static final String VOTE_FILL = "#3C4043";
    private static final double MARKER_HEIGHT = 9;
    private static final double MARKER_FONT_SIZE = 6;
    private static final double MARKER_PADDING = 2.5;
    private static final double MARKER_GAP = 2;
    /** Without letters the markers shrink to dots, identified by their colour in the legend. */
    private static final double DOT_SIZE = 7;

    private StickyWriter() {}

    static StickyPlacement write(PictureNote note, Box paper) {
        double padding = Math.max(3, Math.min(7, Math.min(paper.width(), paper.height()) * 0.08));
        boolean hasMarkers = !note.valueTags().isEmpty() || note.votes() > 0;
        double markerStrip = hasMarkers ? MARKER_HEIGHT + 2 : 0;
        Box textArea = paper.inset(padding, padding, padding, padding + markerStrip);
        double preferredSize = Math.max(
                MINIMUM_FONT_SIZE,
                Math.min(
                        MAXIMUM_FONT_SIZE,
                        Math.floor(Math.min(paper.width(), paper.height()) * FONT_SIZE_PER_STICKY_SIZE * 2) / 2));

        TextFitting.FittedText fitted = TextFitting.fit(
                HelveticaMetrics.printable(note.text()),
                HelveticaMetrics.REGULAR,
                preferredSize,
                MINIMUM_FONT_SIZE,
                textArea.width(),
                textArea.height());
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < fitted.lines().size(); i++) {
            double baseline =
                    textArea.y() + fitted.fontSize() * (TextFitting.FIRST_BASELINE + i * TextFitting.LINE_HEIGHT);
            lines.add(
                    TextLine.at(fitted.lines().get(i), textArea.x(), baseline, fitted.fontSize(), false, TEXT_COLOUR));
        }
        List<Badge> markers = hasMarkers
                ? markers(note, textArea.x(), paper.bottom() - padding - MARKER_HEIGHT, textArea.right())
                : List.of();
        return new StickyPlacement(note, paper, fitted.fontSize(), lines, markers, fitted.truncated());
    }

    /** A value-tag marker with its letters, as on the stickies and in the legend. */
    static Badge valueTagMarker(ValueTag tag, double x, double top) {
        return pill(ValueTagMarkers.letters(tag), ValueTagMarkers.colour(tag), x, top);
    }

    /** A vote-count badge, as on the stickies and in the legend. */
    static Badge voteBadge(String count, double x, double top) {
        return pill(count, VOTE_FILL, x, top);
    }

    static double markerHeight() {
        return MARKER_HEIGHT;
    }

    private static List<Badge> markers(PictureNote note, double left, double top, double right) {
        List<Badge> markers = new ArrayList<>();
        Badge votes = note.votes() > 0 ? voteBadge(Integer.toString(note.votes()), 0, top) : null;
        double room = right - left - (votes == null ? 0 : votes.box().width() + MARKER_GAP);

        List<ValueTag> tags = note.orderedValueTags();
        double lettersWidth = tags.stream()
                .mapToDouble(tag -> pillWidth(ValueTagMarkers.letters(tag)) + MARKER_GAP)
                .sum();
        boolean withLetters = lettersWidth - MARKER_GAP <= room;
        double x = left;
        for (ValueTag tag : tags) {
            Badge marker = withLetters
                    ? valueTagMarker(tag, x, top)
                    : new Badge(
                            new Box(x, top + (MARKER_HEIGHT - DOT_SIZE) / 2, DOT_SIZE, DOT_SIZE),
                            DOT_SIZE / 2,
                            ValueTagMarkers.colour(tag),
                            null);
            markers.add(marker);
            x = marker.box().right() + MARKER_GAP;
        }
        if (votes != null) {
            markers.add(voteBadge(
                    Integer.toString(note.votes()), right - votes.box().width(), top));
        }
        return markers;
    }

    private static Badge pill(String text, String fill, double x, double top) {
        double width = pillWidth(text);
        double baseline = top + MARKER_HEIGHT / 2 + MARKER_FONT_SIZE * 0.35;
        TextLine label = TextLine.centredOn(text, x + width / 2, baseline, MARKER_FONT_SIZE, true, MARKER_TEXT_COLOUR);
        return new Badge(new Box(x, top, width, MARKER_HEIGHT), MARKER_HEIGHT / 2, fill, label);
    }

    private static double pillWidth(String text) {
        return Math.max(MARKER_HEIGHT, HelveticaMetrics.BOLD.width(text, MARKER_FONT_SIZE) + 2 * MARKER_PADDING);
    }
}
