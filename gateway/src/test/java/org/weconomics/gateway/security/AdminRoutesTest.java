package org.weconomics.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.gateway.stub.Stubs;
import org.weconomics.testing.TestTokens;

/** Admin-only operations are refused at the gateway for members, and pass for administrators. */
@QuarkusTest
class AdminRoutesTest {

    @Test
    void aMemberCannotChangeLocalGroupsAndTheServiceNeverSeesTheAttempt() {
        String path = "/local-groups/" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .contentType("application/json")
                .body("{}")
                .put("/api/partnership" + path)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:forbidden"));
        assertThat(Stubs.seen("partnership", path)).isZero();
    }

    @Test
    void aMemberCannotCreateCanvasTemplates() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .contentType("application/json")
                .body("{}")
                .post("/api/canvas/templates")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void aMemberMayStillReadLocalGroups() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .get("/api/partnership/local-groups")
                .then()
                .statusCode(200)
                .body("service", equalTo("partnership"));
    }

    @Test
    void anAdministratorPassesToTheService() {
        given().auth()
                .oauth2(TestTokens.admin("root"))
                .contentType("application/json")
                .body("{}")
                .post("/api/partnership/local-groups")
                .then()
                .statusCode(200)
                .body("method", equalTo("POST"));
    }
}
