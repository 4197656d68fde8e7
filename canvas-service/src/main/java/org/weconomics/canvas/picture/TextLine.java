package org.weconomics.canvas.picture;

/**
 * One line of text, placed: both renderers draw it exactly here.
 *
 * @param text     printable text (only characters Helvetica can encode)
 * @param x        left end of the line
 * @param baseline baseline, from the top of the page
 * @param width    measured width with Helvetica's metrics at {@code fontSize}
 * @param colour   {@code #RRGGBB}
 */
public record TextLine(
        String text, double x, double baseline, double fontSize, boolean bold, String colour, double width) {

    /** A line starting at {@code x}, measured with the Helvetica metrics. */
    static TextLine at(String printableText, double x, double baseline, double fontSize, boolean bold, String colour) {
        String text = oneLine(printableText);
        double width = HelveticaMetrics.of(bold).width(text, fontSize);
        return new TextLine(text, x, baseline, fontSize, bold, colour, width);
    }

    /** A line ending at {@code right}. */
    static TextLine endingAt(
            String printableText, double right, double baseline, double fontSize, boolean bold, String colour) {
        String text = oneLine(printableText);
        double width = HelveticaMetrics.of(bold).width(text, fontSize);
        return new TextLine(text, right - width, baseline, fontSize, bold, colour, width);
    }

    /** A line centred on {@code centre}. */
    static TextLine centredOn(
            String printableText, double centre, double baseline, double fontSize, boolean bold, String colour) {
        String text = oneLine(printableText);
        double width = HelveticaMetrics.of(bold).width(text, fontSize);
        return new TextLine(text, centre - width / 2, baseline, fontSize, bold, colour, width);
    }

    private static String oneLine(String printableText) {
        return printableText.replace('\n', ' ');
    }
}
