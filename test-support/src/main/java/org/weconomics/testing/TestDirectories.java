package org.weconomics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the components a test run starts keep their data and logs: under the module's {@code target}. */
final class TestDirectories {

    private TestDirectories() {}

    static Path root() {
        return Path.of("target", "test-infrastructure").toAbsolutePath();
    }

    static Path logFile(String component) {
        return root().resolve("logs").resolve(component + ".log");
    }

    static Path freshDirectory(String component) {
        try {
            Files.createDirectories(root());
            return Files.createTempDirectory(root(), component + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory for " + component, e);
        }
    }
}
