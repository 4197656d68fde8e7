package org.weconomics.performance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The latest figures of the resilience checks: each failsafe check in {@code end-to-end-tests} writes its
 * report as a Markdown fragment to {@code end-to-end-tests/target/resilience/}, and this puts them together
 * for docs/performance.md.
 */
public final class ResilienceFigures {

    /** Where the checks write their reports, relative to the repository. */
    public static final Path REPORTS = Path.of("end-to-end-tests", "target", "resilience");

    private ResilienceFigures() {}

    /** The reports put together, or empty when no check has run in this working copy. */
    public static Optional<String> collect(Path repository) {
        Path directory = repository.resolve(REPORTS);
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> reports = files.filter(
                            file -> file.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
            if (reports.isEmpty()) {
                return Optional.empty();
            }
            FileTime newest = FileTime.fromMillis(0);
            StringBuilder markdown = new StringBuilder();
            for (Path report : reports) {
                FileTime modified = Files.getLastModifiedTime(report);
                newest = modified.compareTo(newest) > 0 ? modified : newest;
                markdown.append(Files.readString(report, StandardCharsets.UTF_8).strip())
                        .append("\n\n");
            }
            String date = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                    .format(newest.toInstant().atZone(ZoneOffset.UTC));
            return Optional.of("Latest run of the checks: " + date + " (copied from `" + REPORTS + "`).\n\n"
                    + markdown.toString().strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the resilience reports in " + directory, e);
        }
    }
}
