package org.weconomics.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real merged contract, as the gateway serves it, lints clean: no error and no warning with Spectral's
 * {@code spectral:oas} alone and with our ruleset ({@code docs/openapi/.spectral.yaml}); every operation has its
 * own operationId; every enum value is kebab-case.
 */
class ContractLintTest {

    private static final Path DOCUMENT = Path.of("target", "weconomics-api.json");
    /** kebab-case, or a typology's one-letter type (A to D), which is a name rather than a spelled value. */
    private static final Pattern JAVA_CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*|[A-Z]");

    private static ObjectNode merged;

    @BeforeAll
    static void merge() throws IOException {
        merged = PlatformContract.merged();
        Files.createDirectories(DOCUMENT.getParent());
        Files.writeString(DOCUMENT, PlatformContract.write(merged), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"docs/openapi/spectral-oas.yaml", "docs/openapi/.spectral.yaml"})
    void spectralFindsNoErrorAndNoWarning(String ruleset) throws Exception {
        assertThat(Spectral.lint(DOCUMENT, PlatformContract.root().resolve(ruleset)))
                .as("Spectral errors and warnings with " + ruleset)
                .isEmpty();
    }

    @Test
    void everyOperationHasItsOwnOperationId() {
        List<String> ids = new ArrayList<>();
        merged.path("paths").forEach(item -> item.fields().forEachRemaining(operation -> {
            if (operation.getValue().has("responses")) {
                ids.add(operation.getValue().path("operationId").asText(""));
            }
        }));
        assertThat(ids).hasSizeGreaterThan(100).doesNotContain("").doesNotHaveDuplicates();
    }

    @Test
    void theProblemSchemaListsThePlatformsProblemTypes() {
        assertThat(merged.at("/components/schemas/Problem/properties/type/description")
                        .asText())
                .contains(
                        "`urn:problem-type:weconomics:board-locked` (409)",
                        "`urn:problem-type:weconomics:results-not-yet-visible` (403)",
                        "`urn:problem-type:weconomics:duplicate-registration-number` (409)");
    }

    /**
     * A client retrying a creation after a timeout must not create twice, on every service: the POST takes an
     * Idempotency-Key, or it requires If-Match (a retry then meets a newer version and gets 412).
     */
    @Test
    void everyCreatingPostTakesAnIdempotencyKey() {
        List<String> creating = new ArrayList<>();
        List<String> withoutKey = new ArrayList<>();
        merged.path("paths").fields().forEachRemaining(path -> {
            JsonNode post = path.getValue().path("post");
            if (post.path("responses").has("201")) {
                creating.add(post.path("operationId").asText());
                boolean safeToRetry = false;
                for (JsonNode parameter : post.path("parameters")) {
                    String header = "header".equals(parameter.path("in").asText())
                            ? parameter.path("name").asText()
                            : "";
                    safeToRetry |= header.equals("Idempotency-Key")
                            || (header.equals("If-Match")
                                    && parameter.path("required").asBoolean());
                }
                if (!safeToRetry) {
                    withoutKey.add(post.path("operationId").asText() + " (POST " + path.getKey() + ")");
                }
            }
        });
        assertThat(creating).as("creating POSTs").hasSizeGreaterThan(15);
        assertThat(withoutKey).as("creating POSTs a retry can repeat").isEmpty();
    }

    @Test
    void everyEnumValueIsKebabCase() {
        List<String> upper = new ArrayList<>();
        merged.path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(
                        schema -> collectEnums(schema.getValue(), "/components/schemas/" + schema.getKey(), upper));
        collectEnums(merged.path("paths"), "/paths", upper);
        assertThat(upper).as("enum values not in kebab-case").isEmpty();
    }

    /** An example shows a client what it will receive: a Java constant name there contradicts the enum. */
    @Test
    void noExampleIsAJavaConstantName() {
        List<String> constants = new ArrayList<>();
        collectConstantExamples(merged, "", constants);
        assertThat(constants).as("examples in UPPER_SNAKE_CASE").isEmpty();
    }

    private static void collectConstantExamples(JsonNode node, String where, List<String> wrong) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String path = where + "/" + field.getKey();
                if (field.getKey().equals("example") && isConstantName(field.getValue())) {
                    wrong.add(path + ": " + field.getValue().asText());
                }
                if (field.getKey().equals("examples") && field.getValue().isArray()) {
                    field.getValue().forEach(example -> {
                        if (isConstantName(example)) {
                            wrong.add(path + ": " + example.asText());
                        }
                    });
                }
                collectConstantExamples(field.getValue(), path, wrong);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectConstantExamples(node.get(i), where + "/" + i, wrong);
            }
        }
    }

    private static boolean isConstantName(JsonNode example) {
        return example.isTextual() && JAVA_CONSTANT.matcher(example.asText()).matches();
    }

    private static void collectEnums(JsonNode node, String where, List<String> wrong) {
        if (node.isObject()) {
            JsonNode values = node.get("enum");
            if (values != null && values.isArray()) {
                values.forEach(value -> {
                    if (value.isTextual() && !KEBAB_CASE.matcher(value.asText()).matches()) {
                        wrong.add(where + ": " + value.asText());
                    }
                });
            }
            node.fields()
                    .forEachRemaining(field -> collectEnums(field.getValue(), where + "/" + field.getKey(), wrong));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectEnums(node.get(i), where + "/" + i, wrong);
            }
        }
    }
}
