package org.weconomics.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The events' AsyncAPI document as event-catalogue builds it (and the gateway serves it) lints clean with Spectral's
 * AsyncAPI rules, and is the committed {@code docs/asyncapi/weconomics-events.json}. With
 * {@code -Dcontract.regenerate=true} ({@code docs/openapi/regenerate.sh}) the test writes the committed document
 * instead, once its {@code info.version} moved and no contract version disappeared.
 */
class EventCatalogueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBuiltDocumentHasNoSpectralErrorOrWarning() throws Exception {
        assertThat(Spectral.lint(built(), PlatformContract.root().resolve("docs/asyncapi/.spectral.yaml")))
                .as("Spectral errors and warnings with docs/asyncapi/.spectral.yaml")
                .isEmpty();
    }

    @Test
    void theCommittedDocumentIsTheBuiltOne() throws IOException {
        JsonNode built = JSON.readTree(built().toFile());
        Path committedFile = committed();
        if (Boolean.getBoolean("contract.regenerate")) {
            if (Files.isRegularFile(committedFile)) {
                JsonNode committed = JSON.readTree(committedFile.toFile());
                if (!committed.equals(built)) {
                    assertThat(missingMessages(committed, built))
                            .as("contract versions stay: consumers may still read them from a topic")
                            .isEmpty();
                    assertThat(built.at("/info/version").asText())
                            .as("info.version moved with the change (AsyncApiDocument.VERSION)")
                            .isNotEqualTo(committed.at("/info/version").asText());
                }
            }
            Files.createDirectories(committedFile.getParent());
            Files.copy(built(), committedFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        assertThat(Files.isRegularFile(committedFile))
                .as(committedFile + " exists; write it with " + PlatformContract.REGENERATE)
                .isTrue();
        assertThat(JSON.readTree(Files.readString(committedFile, StandardCharsets.UTF_8)))
                .as("the committed " + committedFile + " is what event-contracts describe; run "
                        + PlatformContract.REGENERATE)
                .isEqualTo(built);
    }

    private static List<String> missingMessages(JsonNode committed, JsonNode built) {
        List<String> missing = new ArrayList<>();
        committed.path("components").path("messages").fieldNames().forEachRemaining(id -> {
            if (!built.path("components").path("messages").has(id)) {
                missing.add(id);
            }
        });
        return missing;
    }

    private static Path built() {
        Path built = PlatformContract.root()
                .resolve("event-catalogue/target/classes/org/weconomics/events/catalogue/asyncapi.json");
        if (!Files.isRegularFile(built)) {
            throw new IllegalStateException(built + " is missing: build event-catalogue first (the reactor does: "
                    + "api-contract depends on it)");
        }
        return built;
    }

    private static Path committed() {
        return PlatformContract.root().resolve("docs/asyncapi/weconomics-events.json");
    }
}
