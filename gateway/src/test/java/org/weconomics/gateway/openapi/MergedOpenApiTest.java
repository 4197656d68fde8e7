package org.weconomics.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The merged document of a gateway in front of three services: their paths under the prefixes, one
 * security scheme, one problem schema, and clean under Spectral's {@code spectral:oas} rules.
 */
@QuarkusTest
class MergedOpenApiTest {

    @Test
    void theServicesPathsAppearUnderTheirPrefixesWithoutTheirInfrastructure() {
        JsonPath document = mergedDocument();
        assertThat(document.getMap("paths").keySet())
                .containsExactlyInAnyOrder(
                        "/api/canvas/canvas-items", "/api/canvas/canvas-items/{id}",
                        "/api/partnership/partnership-items", "/api/partnership/partnership-items/{id}",
                        "/api/finance/finance-items", "/api/finance/finance-items/{id}");
    }

    @Test
    void oneKeycloakSchemeWithPkceAndClientCredentialsAppliesEverywhere() {
        JsonPath document = mergedDocument();
        assertThat(document.getMap("components.securitySchemes").keySet()).containsExactly("keycloak");
        assertThat(document.getString("components.securitySchemes.keycloak.flows.authorizationCode.authorizationUrl"))
                .isEqualTo("https://keycloak.test/realms/weconomics/protocol/openid-connect/auth");
        assertThat(document.getString("components.securitySchemes.keycloak.flows.clientCredentials.tokenUrl"))
                .isEqualTo("https://keycloak.test/realms/weconomics/protocol/openid-connect/token");
        assertThat(document.getList("security")).containsExactly(Map.of("keycloak", List.of()));
        assertThat(document.getString("paths.'/api/canvas/canvas-items'.get.security"))
                .isNull();
    }

    @Test
    void schemasOfTheSameNameStaySeparateAndTheProblemSchemaIsShared() {
        JsonPath document = mergedDocument();
        assertThat(document.getMap("components.schemas").keySet())
                .contains("Summary", "PartnershipSummary", "FinanceSummary", "Problem", "InvalidField");
        assertThat(
                        document.getString(
                                "paths.'/api/finance/finance-items'.get.responses.'200'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/FinanceSummary");
        assertThat(
                        document.getString(
                                "paths.'/api/finance/finance-items'.get.responses.'400'.content.'application/problem+json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        assertThat(document.getString("paths.'/api/finance/finance-items'.get.responses.'429'.$ref"))
                .isEqualTo("#/components/responses/TooManyRequests");
        assertThat(document.getString("components.schemas.Problem.properties.type.description"))
                .contains(
                        "`urn:problem-type:weconomics:board-locked` (409)",
                        "`urn:problem-type:weconomics:results-not-yet-visible` (403)",
                        "`urn:problem-type:weconomics:duplicate-registration-number` (409)");
    }

    @Test
    void theMergedDocumentLintsCleanWithSpectral() throws Exception {
        Path document = Path.of("target", "merged-openapi.json");
        Files.writeString(
                document,
                given().get(MergedOpenApiRoute.PATH)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
        Path report = Path.of("target", "spectral-report.json");
        Process spectral = new ProcessBuilder(
                        spectralExecutable(),
                        "lint",
                        document.toString(),
                        "--ruleset",
                        "src/test/resources/spectral-ruleset.yaml",
                        "--format",
                        "json",
                        "--output",
                        report.toString(),
                        "--fail-severity",
                        "error")
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "spectral.log").toFile())
                .start();
        assertThat(spectral.waitFor(120, TimeUnit.SECONDS))
                .as("spectral finished")
                .isTrue();
        List<Map<String, Object>> results =
                JsonPath.from(Files.readString(report, StandardCharsets.UTF_8)).getList("$");
        assertThat(results)
                .as("Spectral errors")
                .filteredOn(result -> ((Number) result.get("severity")).intValue() == 0)
                .isEmpty();
        assertThat(spectral.exitValue())
                .as("spectral exit code, see target/spectral.log")
                .isZero();
    }

    @Test
    void swaggerUiLogsInWithPkceAgainstKeycloak() {
        String config = given().get("/q/swagger-ui/index.html")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(config).contains("/openapi", "weconomics-web", "usePkceWithAuthorizationCodeGrant: true");
    }

    private static JsonPath mergedDocument() {
        return given().get(MergedOpenApiRoute.PATH)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
    }

    private static String spectralExecutable() throws IOException {
        String executable = System.getProperty("spectral.executable", "target/spectral/node_modules/.bin/spectral");
        if (!Files.isExecutable(Path.of(executable))) {
            throw new IOException(
                    "Spectral is installed by the build (exec-maven-plugin, npm); not found at " + executable);
        }
        return executable;
    }
}
