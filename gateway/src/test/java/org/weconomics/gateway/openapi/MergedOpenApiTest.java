package org.weconomics.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The merged document of a gateway in front of three stub services: their paths under the prefixes, one
 * security scheme, one problem schema. The real services' merged document is linted by the api-contract module.
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
        // The services' Problem schema, not a copy of the gateway's own (the real one's catalogue of types is
        // checked on the real merged document, in api-contract).
        assertThat(document.getString("components.schemas.Problem.properties.invalidFields.items.$ref"))
                .isEqualTo("#/components/schemas/InvalidField");
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
}
