package org.weconomics.performance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Replaces a generated section of a Markdown document: the text between {@code <!-- name:begin -->} and
 * {@code <!-- name:end -->}. Everything else in the document is left as it was; a document without the
 * section gets it at the end.
 */
public final class DocumentSections {

    private DocumentSections() {}

    public static String replace(String document, String name, String content) {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        String section = begin + "\n" + content.strip() + "\n" + end;
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            return document.stripTrailing() + "\n\n" + section + "\n";
        }
        return document.substring(0, from) + section + document.substring(to + end.length());
    }

    /** The section's current content, or empty when the document has none. */
    public static String read(String document, String name) {
        String begin = "<!-- " + name + ":begin -->";
        String end = "<!-- " + name + ":end -->";
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        return from < 0 || to < from
                ? ""
                : document.substring(from + begin.length(), to).strip();
    }

    public static void replaceInFile(Path file, String name, String content) {
        try {
            String document = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
            Files.writeString(file, replace(document, name, content), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update " + file, e);
        }
    }
}
