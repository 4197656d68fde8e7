package org.weconomics.endtoend.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The figures of one resilience check, printed and written as a Markdown fragment to
 * {@code target/resilience/<name>.md}; the performance harness copies the latest into docs/performance.md.
 */
final class ResilienceReport {

    static final Path DIRECTORY = Path.of("target", "resilience");

    private final String name;
    private final StringBuilder markdown = new StringBuilder();
    private boolean tableOpen;

    /**
     * @param name the file name, e.g. {@code 1-kafka-outage}; the files are listed in name order
     * @param title what the check did, as a heading
     * @param tried what was tried, in a sentence or two
     */
    ResilienceReport(String name, String title, String tried) {
        this.name = name;
        markdown.append("#### ").append(title).append("\n\n").append(tried).append("\n\n");
    }

    ResilienceReport figure(String figure, Object value) {
        if (!tableOpen) {
            markdown.append("| figure | value |\n|---|---|\n");
            tableOpen = true;
        }
        markdown.append("| ").append(figure).append(" | ").append(value).append(" |\n");
        return this;
    }

    ResilienceReport figure(String figure, Duration duration) {
        return figure(figure, seconds(duration));
    }

    /** A closing sentence, e.g. what was lost. */
    ResilienceReport conclusion(String text) {
        markdown.append('\n').append(text).append('\n');
        tableOpen = false;
        return this;
    }

    void write() {
        String text = markdown.toString().strip() + "\n";
        System.out.println(text);
        try {
            Files.createDirectories(DIRECTORY);
            Files.writeString(DIRECTORY.resolve(name + ".md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report of " + name, e);
        }
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
