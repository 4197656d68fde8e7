package org.weconomics.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The document a front-end developer gets from the running platform at {@code /openapi} lints clean: no error and
 * no warning from Spectral with {@code spectral:oas} alone and with our ruleset. (The api-contract module lints the
 * same merge built from the services' stored documents; this checks the artifact as served.) The events' document an
 * integrator gets at {@code /asyncapi} lints clean with Spectral's AsyncAPI rules and is the committed one.
 */
@ExtendWith(RunningPlatform.class)
class ServedContractIT {

    @ParameterizedTest
    @ValueSource(strings = {"docs/openapi/spectral-oas.yaml", "docs/openapi/.spectral.yaml"})
    void theServedDocumentHasNoSpectralErrorOrWarning(String ruleset) throws Exception {
        String served = given().baseUri(RunningPlatform.gateway())
                .get("/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(new ObjectMapper()
                        .readTree(served)
                        .path("info")
                        .path("description")
                        .asText())
                .as("every service answered")
                .doesNotContain("could not be reached");
        Path document = Path.of("target", "served-openapi.json");
        Files.writeString(document, served, StandardCharsets.UTF_8);
        assertThat(lint(document, RunningPlatform.REPOSITORY.resolve(ruleset)))
                .as("Spectral errors and warnings with " + ruleset)
                .isEmpty();
    }

    @Test
    void theServedEventsDocumentIsTheCommittedOneAndLintsClean() throws Exception {
        String served = given().baseUri(RunningPlatform.gateway())
                .get("/asyncapi")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .asString();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(served))
                .as("the served /asyncapi is docs/asyncapi/weconomics-events.json")
                .isEqualTo(json.readTree(RunningPlatform.REPOSITORY
                        .resolve("docs/asyncapi/weconomics-events.json")
                        .toFile()));
        Path document = Path.of("target", "served-asyncapi.json");
        Files.writeString(document, served, StandardCharsets.UTF_8);
        assertThat(lint(document, RunningPlatform.REPOSITORY.resolve("docs/asyncapi/.spectral.yaml")))
                .as("Spectral errors and warnings of the served events document")
                .isEmpty();
    }

    private static List<String> lint(Path document, Path ruleset) throws Exception {
        String executable = System.getProperty("spectral.executable", "target/spectral/node_modules/.bin/spectral");
        assertThat(Path.of(executable)).as("Spectral, installed by the build").isExecutable();
        Path report = Files.createTempFile(Path.of("target"), "served-spectral-", ".json");
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
                .redirectOutput(Path.of("target", "served-spectral-" + document.getFileName() + ".log")
                        .toFile())
                .start();
        assertThat(spectral.waitFor(180, TimeUnit.SECONDS))
                .as("spectral finished")
                .isTrue();
        Set<String> problems = new LinkedHashSet<>();
        for (JsonNode result : new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8))) {
            if (result.path("severity").asInt() <= 1) {
                List<String> path = new ArrayList<>();
                result.path("path").forEach(element -> path.add(element.asText()));
                problems.add(result.path("code").asText() + " " + String.join(".", path) + ": "
                        + result.path("message").asText());
            }
        }
        return new ArrayList<>(problems);
    }
}
