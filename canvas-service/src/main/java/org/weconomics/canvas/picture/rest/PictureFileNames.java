package org.weconomics.canvas.picture.rest;

import java.text.Normalizer;
import java.util.Locale;

/** File names for downloaded pictures, made from the canvas title so that a saved file says what it shows. */
final class PictureFileNames {

    private static final int MAX_SLUG_LENGTH = 80;
    private static final String FALLBACK = "canvas";

    private PictureFileNames() {}

    /**
     * The title in lower-case ASCII words joined by dashes ("Eén loket & café" → "een-loket-cafe"); accents are
     * dropped rather than the letters, and a title of only other characters becomes "canvas". Safe inside a quoted
     * Content-Disposition file name.
     */
    static String slug(String title) {
        String plain = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_SLUG_LENGTH) {
            plain = plain.substring(0, MAX_SLUG_LENGTH).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? FALLBACK : plain;
    }

    /** {@code inline; filename="<slug>.<extension>"}: shown in the browser, saved under a readable name. */
    static String inline(String title, String extension) {
        return "inline; filename=\"" + slug(title) + "." + extension + "\"";
    }
}
