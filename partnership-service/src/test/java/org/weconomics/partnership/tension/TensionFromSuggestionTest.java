package org.weconomics.partnership.tension;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

/** A front-end records a suggested tension by its key; the register takes the rest from the catalogue. */
@QuarkusTest
class TensionFromSuggestionTest {

    private static final String SURPLUS = "distribution-and-reinvestment-of-surplus";

    private String anna;
    private String partnership;

    @BeforeEach
    void aPartnership() {
        String group = TestData.localGroup();
        anna = TestTokens.member("anna", group);
        partnership = TestData.partnership(anna, group);
    }

    @Test
    void aSuggestionsKeyAloneRecordsItsTitleDomainBlockAndCategoryInTheAskedLanguage() {
        Map<String, Object> suggestion = suggestion("en");

        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "en")
                .contentType(ContentType.JSON)
                .body(Map.of("catalogueKey", SURPLUS, "severity", "high"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(201)
                .body("catalogueKey", equalTo(SURPLUS))
                .body("title", equalTo(suggestion.get("title")))
                .body("description", equalTo(suggestion.get("description")))
                .body("valueDomain", equalTo(suggestion.get("valueDomain")))
                .body("bmcBlock", equalTo(suggestion.get("bmcBlock")))
                .body("category", equalTo(suggestion.get("category")))
                .body("severity", equalTo("high"));
        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "nl")
                .contentType(ContentType.JSON)
                .body(Map.of("catalogueKey", SURPLUS, "severity", "medium"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(201)
                .body("title", equalTo(suggestion("nl").get("title")));
    }

    @Test
    void whatTheRequestNamesWinsOverTheSuggestion() {
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "catalogueKey",
                        SURPLUS,
                        "title",
                        "Onze verdeelsleutel",
                        "bmcBlock",
                        "cost-structure",
                        "severity",
                        "low"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(201)
                .body("title", equalTo("Onze verdeelsleutel"))
                .body("bmcBlock", equalTo("cost-structure"))
                .body("valueDomain", equalTo(suggestion("nl").get("valueDomain")));
    }

    @Test
    void withoutAKeyTitleAndDomainAreRequiredAndAnUnknownKeyIsNamed() {
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("severity", "low", "valueDomain", "value-capture"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("title"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("severity", "low", "title", "Zonder domein"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("valueDomain"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("severity", "low", "catalogueKey", "no-such-tension"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("catalogueKey"));
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    private Map<String, Object> suggestion(String language) {
        return given().auth()
                .oauth2(anna)
                .header("Accept-Language", language)
                .when()
                .get("/partnerships/{p}/tension-suggestions", partnership)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("items.find { it.key == '" + SURPLUS + "' }");
    }
}
