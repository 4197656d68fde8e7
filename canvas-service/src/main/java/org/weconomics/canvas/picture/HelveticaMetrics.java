package org.weconomics.canvas.picture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Text widths of the PDF Standard 14 Helvetica fonts, the one measure both renderers wrap text with, so that the SVG
 * and the PDF break every line at the same word.
 *
 * <p>The widths are read once from PDFBox's font metrics ({@link PDType1Font#getStringWidth}) for every character
 * the fonts can encode (WinAnsi). Keeping them in an immutable table makes measuring thread-safe, which PDFBox's
 * own width cache is not.
 */
final class HelveticaMetrics {

    static final HelveticaMetrics REGULAR = new HelveticaMetrics(Standard14Fonts.FontName.HELVETICA);
    static final HelveticaMetrics BOLD = new HelveticaMetrics(Standard14Fonts.FontName.HELVETICA_BOLD);

    private static final char REPLACEMENT = '?';

    private final Map<Character, Float> widthInEms;

    private HelveticaMetrics(Standard14Fonts.FontName fontName) {
        PDType1Font font = new PDType1Font(fontName);
        Map<Character, Float> widths = new HashMap<>();
        GlyphList glyphs = GlyphList.getAdobeGlyphList();
        for (String glyphName : WinAnsiEncoding.INSTANCE.getCodeToNameMap().values()) {
            String unicode = glyphs.toUnicode(glyphName);
            if (unicode == null || unicode.length() != 1 || Character.isISOControl(unicode.charAt(0))) {
                continue;
            }
            try {
                widths.put(unicode.charAt(0), font.getStringWidth(unicode) / 1000f);
            } catch (IllegalArgumentException notEncodable) {
                // PDFBox maps a few glyph names to characters it then refuses to encode; leave those out.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        this.widthInEms = Map.copyOf(widths);
    }

    static HelveticaMetrics of(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    /**
     * The text as the fonts can draw it: composed to NFC (so a separately typed diaeresis still becomes "ë"), tabs
     * and odd spaces as plain spaces, line breaks kept as {@code \n}, and every other character the fonts cannot
     * encode (emoji, CJK, …) replaced by '?', so rendering never fails on user input.
     */
    static String printable(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n")
                .replace('\r', '\n');
        StringBuilder printable = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                printable.append('\n');
            } else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                printable.append(' ');
            } else if (Character.getType(codePoint) == Character.FORMAT || Character.isISOControl(codePoint)) {
                // zero-width joiners, variation selectors and control characters have nothing to draw
            } else if (codePoint <= Character.MAX_VALUE && REGULAR.widthInEms.containsKey((char) codePoint)) {
                printable.append((char) codePoint);
            } else {
                printable.append(REPLACEMENT);
            }
        });
        return printable.toString();
    }

    /** Width in points of printable text (see {@link #printable}) at the given font size. */
    double width(String printableText, double fontSize) {
        double ems = 0;
        for (int i = 0; i < printableText.length(); i++) {
            ems += widthInEms.getOrDefault(printableText.charAt(i), widthInEms.get(REPLACEMENT));
        }
        return ems * fontSize;
    }
}
