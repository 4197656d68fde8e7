package org.weconomics.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Spectral from the npm registry, installed by this module's build; lints OpenAPI and AsyncAPI documents alike. */
final class Spectral {

    private Spectral() {}

    /** The results of severity error (0) or warning (1), as "code path: message". */
    static List<String> lint(Path document, Path ruleset) throws Exception {
        String executable = System.getProperty("spectral.executable", "target/spectral/node_modules/.bin/spectral");
        if (!Files.isExecutable(Path.of(executable))) {
            throw new IOException(
                    "Spectral is installed by the build (exec-maven-plugin, npm); not found at " + executable);
        }
        Path report = Files.createTempFile(Path.of("target"), "spectral-", ".json");
        Path log = Path.of("target", "spectral-" + document.getFileName() + "-" + ruleset.getFileName() + ".log");
        Process spectral = new ProcessBuilder(
                        executable,
                        "lint",
                        document.toString(),
                        "--ruleset",
                        ruleset.toString(),
                        "--format",
                        "json",
                        "--output",
                        report.toString(),
                        "--fail-severity",
                        "warn")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        assertThat(spectral.waitFor(180, TimeUnit.SECONDS))
                .as("spectral finished")
                .isTrue();
        String output = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(output).as("Spectral's report, see " + log).isNotBlank();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode result : new ObjectMapper().readTree(output)) {
            if (result.path("severity").asInt() <= 1) {
                String line = result.path("code").asText() + " " + String.join(".", texts(result.path("path"))) + ": "
                        + result.path("message").asText();
                if (seen.add(line)) {
                    problems.add(line);
                }
            }
        }
        if (problems.isEmpty()) {
            assertThat(spectral.exitValue())
                    .as("spectral's exit code, see " + log)
                    .isZero();
        }
        return problems;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }
}
