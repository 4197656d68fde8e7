package org.weconomics.canvas.canvas;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/** Behind the gateway a client must be able to follow the links it gets without leaving the gateway. */
@QuarkusTest
class ForwardedLinksTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void theLocationOfACreatedCanvasIsTheGatewaysAddressOfIt() {
        given().auth()
                .oauth2(anna)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "weconomics.example:8443")
                .header("X-Forwarded-Prefix", "/api/canvas")
                .contentType(ContentType.JSON)
                .body(CanvasResourceTest.validCanvas("gent", "Links"))
                .when()
                .post("/canvases")
                .then()
                .statusCode(201)
                .header(
                        "Location",
                        matchesPattern("https://weconomics\\.example:8443/api/canvas/canvases/[0-9a-f-]{36}"));
    }

    @Test
    void aProblemsInstanceIsTheGatewaysPathOfTheRequest() {
        UUID missing = UUID.randomUUID();
        given().auth()
                .oauth2(anna)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "weconomics.example:8443")
                .header("X-Forwarded-Prefix", "/api/canvas")
                .when()
                .get("/canvases/{id}", missing)
                .then()
                .statusCode(404)
                .body("instance", equalTo("/api/canvas/canvases/" + missing));
    }

    @Test
    void withoutTheGatewayLinksAreTheServicesOwn() {
        UUID missing = UUID.randomUUID();
        given().auth()
                .oauth2(anna)
                .when()
                .get("/canvases/{id}", missing)
                .then()
                .statusCode(404)
                .body("instance", equalTo("/canvases/" + missing));
    }
}
