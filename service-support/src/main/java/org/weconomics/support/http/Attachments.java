package org.weconomics.support.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The {@code Content-Disposition} of every download of the platform: an attachment named after what it shows (the
 * canvas's title, the partnership's name), so that a saved file says what it is.
 */
public final class Attachments {

    public static final String HEADER = "Content-Disposition";

    /** How the OpenAPI document describes the header on every download. */
    public static final String DESCRIPTION = "attachment, named after what the file shows: filename=\"<name as "
            + "lower-case ASCII words joined by dashes>.<extension>\" and filename*=UTF-8''<the name as written>.<extension>";

    private static final int MAX_SLUG_LENGTH = 80;

    private Attachments() {}

    /**
     * {@code attachment; filename="een-loket-cafe.pdf"; filename*=UTF-8''E%C3%A9n%20loket%20%26%20caf%C3%A9.pdf}:
     * browsers that read RFC 6266's {@code filename*} save the name as written, the others the ASCII slug.
     *
     * @param name what the file shows, e.g. a canvas title; may be blank
     * @param fallback the slug when the name has no letter or digit, e.g. "canvas"
     * @param extension without the dot
     */
    public static String of(String name, String fallback, String extension) {
        String readable = readable(name);
        String disposition = "attachment; filename=\"" + slug(name, fallback) + "." + extension + "\"";
        return readable.isEmpty()
                ? disposition
                : disposition + "; filename*=UTF-8''" + encoded(readable + "." + extension);
    }

    /**
     * The name in lower-case ASCII words joined by dashes ("Eén loket & café" → "een-loket-cafe"): accents are
     * dropped rather than the letters; at most 80 characters.
     */
    public static String slug(String name, String fallback) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_SLUG_LENGTH) {
            plain = plain.substring(0, MAX_SLUG_LENGTH).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? fallback : plain;
    }

    /** The name without what a file system or a header cannot take: control characters, slashes and quotes. */
    private static String readable(String name) {
        String kept =
                name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\\"]+", " ").strip();
        return kept.length() > MAX_SLUG_LENGTH
                ? kept.substring(0, MAX_SLUG_LENGTH).strip()
                : kept;
    }

    /** RFC 5987's value-chars: URL encoding, with a space as %20 and the one character it leaves that may not stay. */
    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("*", "%2A");
    }
}
