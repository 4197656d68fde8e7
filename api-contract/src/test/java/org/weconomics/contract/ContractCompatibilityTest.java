package org.weconomics.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The contract the services build is the one committed in {@code docs/openapi/weconomics-api.json}: any change,
 * breaking or not, is a deliberate step (run {@value PlatformContract#REGENERATE} and commit the document), so a
 * change nobody meant fails the build with what changed and whether it breaks clients (openapi-diff). With
 * {@code -Dcontract.regenerate=true} the test writes the committed document instead, once info.version moved with
 * the change.
 */
class ContractCompatibilityTest {

    @Test
    void theBuiltContractIsTheCommittedOne() throws Exception {
        ObjectNode live = PlatformContract.merged();
        String liveText = PlatformContract.write(live);
        boolean exists = Files.isRegularFile(PlatformContract.committed());
        String committedText = exists ? Files.readString(PlatformContract.committed(), StandardCharsets.UTF_8) : "";
        if (liveText.equals(committedText)) {
            return;
        }
        ChangedOpenApi diff = exists ? OpenApiCompare.fromContents(committedText, liveText) : null;
        DiffResult result = diff == null ? DiffResult.INCOMPATIBLE : diff.isChanged();
        String changes = diff == null ? "no committed document yet" : markdown(diff);
        if (Boolean.getBoolean("contract.regenerate")) {
            if (exists) {
                String committedVersion = PlatformContract.read(PlatformContract.committed())
                        .path("info")
                        .path("version")
                        .asText();
                assertThat(VersionStep.isEnough(committedVersion, PlatformContract.version(), result))
                        .as(
                                "info.version must move with a %s change: %s → %s; set weconomics.gateway.openapi.version in "
                                        + "gateway/src/main/resources/application.properties (breaking: next major, or next "
                                        + "minor while 0.x; otherwise next minor or patch)\n%s",
                                result, committedVersion, PlatformContract.version(), changes)
                        .isTrue();
            }
            Files.writeString(PlatformContract.committed(), liveText, StandardCharsets.UTF_8);
            return;
        }
        throw new AssertionError("The API contract differs from docs/openapi/weconomics-api.json ("
                + (result.isIncompatible() ? "BREAKING for existing clients" : "compatible: " + result)
                + "). If the change is meant, run " + PlatformContract.REGENERATE
                + " after moving info.version, and commit the document with the change.\n" + changes);
    }

    private static String markdown(ChangedOpenApi diff) {
        String text;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
            new MarkdownRender().render(diff, writer);
            text = bytes.toString(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            // openapi-diff 2.1.0's renderer fails on some changes (a response that goes from a list to a page);
            // the operations it compared still say what changed.
            text = operationsIn(diff);
        }
        return text.length() > 20_000 ? text.substring(0, 20_000) + "\n…" : text;
    }

    private static String operationsIn(ChangedOpenApi diff) {
        StringBuilder text = new StringBuilder();
        diff.getNewEndpoints().forEach(endpoint -> text.append("new: ")
                .append(endpoint.getMethod())
                .append(' ')
                .append(endpoint.getPathUrl())
                .append('\n'));
        diff.getMissingEndpoints().forEach(endpoint -> text.append("removed: ")
                .append(endpoint.getMethod())
                .append(' ')
                .append(endpoint.getPathUrl())
                .append('\n'));
        diff.getChangedOperations().forEach(operation -> text.append(
                        operation.isChanged().isIncompatible() ? "changed, breaking: " : "changed: ")
                .append(operation.getHttpMethod())
                .append(' ')
                .append(operation.getPathUrl())
                .append('\n'));
        return text.toString();
    }

    @Test
    void theCommittedContractCarriesTheGatewaysVersion() throws Exception {
        JsonNode committed = PlatformContract.read(PlatformContract.committed());
        assertThat(committed.path("info").path("version").asText())
                .as("info.version of docs/openapi/weconomics-api.json; run " + PlatformContract.REGENERATE)
                .isEqualTo(PlatformContract.version());
    }
}
