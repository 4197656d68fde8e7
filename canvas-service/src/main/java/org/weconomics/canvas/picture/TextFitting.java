package org.weconomics.canvas.picture;

import java.util.ArrayList;
import java.util.List;

/** Breaks printable text into lines that fit a width, and shrinks or shortens it to fit a box. */
final class TextFitting {

    /** Distance between baselines, as a multiple of the font size. */
    static final double LINE_HEIGHT = 1.2;
    /** Baseline of the first line below the top of its box, as a multiple of the font size (Helvetica's ascent). */
    static final double FIRST_BASELINE = 0.8;
    /** How far letters such as "g" and "p" reach below the baseline, as a multiple of the font size. */
    private static final double DESCENT = 0.22;

    private static final double FONT_STEP = 0.5;
    private static final String ELLIPSIS = "…";

    private TextFitting() {}

    /** Text broken into lines at a font size, and whether some of it had to be left out. */
    record FittedText(List<String> lines, double fontSize, boolean truncated) {}

    /**
     * Greedy word wrap: as many words per line as fit; a word longer than a whole line is broken between letters.
     * Line breaks in the text are kept.
     */
    static List<String> wrap(String printableText, HelveticaMetrics font, double fontSize, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printableText.strip().split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.width(candidate, fontSize) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (font.width(rest, fontSize) > maxWidth && rest.length() > 1) {
                    int fitting = longestFittingPrefix(rest, font, fontSize, maxWidth);
                    lines.add(rest.substring(0, fitting));
                    rest = rest.substring(fitting);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The largest font size from {@code preferredSize} down to {@code minimumSize} at which the whole text fits the
     * box; if it does not fit even at the minimum, the lines that fit at the minimum, the last one ending in "…".
     */
    static FittedText fit(
            String printableText,
            HelveticaMetrics font,
            double preferredSize,
            double minimumSize,
            double width,
            double height) {
        // A smaller font is better than a word broken in two ("Klantenwervin-g"); break words only as a last resort.
        for (boolean mayBreakWords : new boolean[] {false, true}) {
            for (double size = preferredSize; size >= minimumSize - 1e-9; size -= FONT_STEP) {
                if (!mayBreakWords && !everyWordFits(printableText, font, size, width)) {
                    continue;
                }
                List<String> lines = wrap(printableText, font, size, width);
                if (height(lines.size(), size) <= height) {
                    return new FittedText(lines, size, false);
                }
            }
        }
        List<String> lines = wrap(printableText, font, minimumSize, width);
        int fittingLines = (int) Math.floor((height / minimumSize - FIRST_BASELINE - DESCENT) / LINE_HEIGHT) + 1;
        if (fittingLines <= 0) {
            return new FittedText(List.of(), minimumSize, true);
        }
        List<String> shown = new ArrayList<>(lines.subList(0, fittingLines));
        shown.set(fittingLines - 1, ellipsize(shown.get(fittingLines - 1) + " ", font, minimumSize, width));
        return new FittedText(shown, minimumSize, true);
    }

    /** One line: the text itself if it fits, else as much of it as fits followed by "…". */
    static String fitOnOneLine(String printableText, HelveticaMetrics font, double fontSize, double width) {
        String line = printableText.replace('\n', ' ').strip();
        return font.width(line, fontSize) <= width ? line : ellipsize(line, font, fontSize, width);
    }

    /** Height of a number of lines, from the top of the first to the lowest descender of the last. */
    static double height(int lineCount, double fontSize) {
        return fontSize * (FIRST_BASELINE + (lineCount - 1) * LINE_HEIGHT + DESCENT);
    }

    private static boolean everyWordFits(String printableText, HelveticaMetrics font, double fontSize, double width) {
        for (String word : printableText.split("[ \n]+")) {
            if (font.width(word, fontSize) > width) {
                return false;
            }
        }
        return true;
    }

    private static String ellipsize(String line, HelveticaMetrics font, double fontSize, double width) {
        String kept = line;
        while (!kept.isEmpty() && font.width(kept.stripTrailing() + ELLIPSIS, fontSize) > width) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept.stripTrailing() + ELLIPSIS;
    }

    private static int longestFittingPrefix(String word, HelveticaMetrics font, double fontSize, double maxWidth) {
        int fitting = 1;
        while (fitting < word.length() && font.width(word.substring(0, fitting + 1), fontSize) <= maxWidth) {
            fitting++;
        }
        return fitting;
    }
}
