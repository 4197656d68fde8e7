package org.weconomics.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The supervisor's account of the start, one line per step, in a file the foreground command prints as
 * it grows. The last line says {@value #READY} or starts with {@value #FAILED}.
 */
final class Progress {

    static final String READY = "READY";
    static final String FAILED = "FAILED";

    private final Path file;
    private final Instant started = Instant.now();

    Progress(Path file) {
        this.file = file;
    }

    void reset() {
        write("", StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
    }

    void step(String message) {
        long millis = Duration.between(started, Instant.now()).toMillis();
        append(String.format(Locale.ROOT, "[%6.1f s] %s", millis / 1000.0, message));
    }

    void ready() {
        append(READY);
    }

    void failed(String reason) {
        append(FAILED + ": " + reason);
    }

    /** Quotes the end of a component's log, so that the reason for a failed start shows where it is read. */
    void quoteLogTail(Path logFile, int lines) {
        try {
            List<String> log = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            append("Last lines of " + logFile + ":");
            log.subList(Math.max(0, log.size() - lines), log.size()).forEach(line -> append("    " + line));
        } catch (IOException | UncheckedIOException e) {
            append("(" + logFile + " cannot be read: " + e.getMessage() + ")");
        }
    }

    private void append(String line) {
        write(line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private void write(String text, StandardOpenOption... options) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8, options);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
