package org.weconomics.partnership.trajectory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class TrajectoryResourceTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void theTrajectoryTellsWhatStepOneStillLacksInTheUsersLanguage() {
        String partnership = TestData.partnership(anna, "gent");

        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "nl-BE, en;q=0.5")
                .when()
                .get("/partnerships/{id}/trajectory", partnership)
                .then()
                .statusCode(200)
                .body("currentStep", equalTo(1))
                .body("language", equalTo("nl"))
                .body("steps.status", contains("not-started", "not-started", "not-started", "not-started"))
                .body("steps[0].lacking.code", hasItem("no-value-chain"))
                .body("steps[0].lacking.message", hasItem("Nog geen waardeketen"));

        String social = TestData.join(anna, partnership, TestData.organisation("social-economy"));
        String regular = TestData.join(anna, partnership, TestData.organisation("regular-economy"));
        TestData.activity(anna, partnership, "Ophalen", social);
        // Adding an activity leaves the partnership's own version as it was.
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name", TestData.unique("Soep"), "businessModel", "traditional", "activities", "integrated"))
                .when()
                .put("/partnerships/{id}", partnership)
                .then()
                .statusCode(200);
        for (String partner : List.of(social, regular)) {
            given().auth()
                    .oauth2(anna)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(Map.of(
                            "productsAndServices",
                            List.of("Soep"),
                            "gainCreators",
                            List.of(),
                            "painRelievers",
                            List.of()))
                    .when()
                    .put("/partnerships/{id}/partners/{p}/contributions", partnership, partner)
                    .then()
                    .statusCode(200);
        }

        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "en")
                .when()
                .get("/partnerships/{id}/trajectory", partnership)
                .then()
                .statusCode(200)
                .body("currentStep", equalTo(2))
                .body("steps[0].status", equalTo("complete"))
                .body("steps[1].lacking.message", contains("No hybrid tension registered yet"));
    }
}
