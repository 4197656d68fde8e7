package org.weconomics.partnership.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/** A NUL or another control character is a 400 naming the field; paging far beyond the end cannot overflow. */
@QuarkusTest
class HostileInputTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void aNulInAPartnershipNameIsA400NamingTheName() {
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("localGroup", "gent", "name", "BLM\u0000 & Q-Jobs"))
                .when()
                .post("/partnerships")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("name"));
    }

    @Test
    void aControlCharacterInAnUpdateIsA400AndChangesNothing() {
        String id = PartnershipResourceTest.create(anna, "gent", "Kaliber " + System.nanoTime());

        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Kaliber", "description", "Samen\u0008sterker"))
                .when()
                .put("/partnerships/{id}", id)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("description"));
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("description", equalTo("Samen sterker"));
    }

    @Test
    void aPageFarBeyondTheEndIsA400() {
        given().auth()
                .oauth2(anna)
                .queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 200)
                .when()
                .get("/partnerships")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("page"));
    }

    @Test
    void aNulInAPathParameterIsA400() {
        given().auth()
                .oauth2(TestTokens.admin("admin"))
                .when()
                .get("/local-groups/{key}", "gent\u0000")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("localGroupKey"));
    }
}
