package org.weconomics.partnership.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class PartnershipResourceTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void aMemberSetsUpAPartnershipAndReadsIt() {
        String id = create(anna, "gent", "Kaliber & Knoopwerk " + System.nanoTime());

        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("localGroup", equalTo("gent"))
                .body("createdBy", equalTo("anna"));
    }

    @Test
    void aSecondPartnershipOfTheSameNameInALocalGroupIsAConflict() {
        String name = "Pro Natura & IlvA " + System.nanoTime();
        create(anna, "gent", name);

        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("localGroup", "gent", "name", name.toUpperCase()))
                .when()
                .post("/partnerships")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void othersGetNotFoundAndBadInputIsNamed() {
        String id = create(anna, "gent", "BLM & Q-Jobs " + System.nanoTime());

        given().auth()
                .oauth2(TestTokens.member("bram", "antwerpen"))
                .when()
                .get("/partnerships/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("localGroup", "gent", "name", ""))
                .when()
                .post("/partnerships")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("name"));
    }

    static String create(String token, String localGroup, String name) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("localGroup", localGroup, "name", name, "description", "Samen sterker"))
                .when()
                .post("/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
