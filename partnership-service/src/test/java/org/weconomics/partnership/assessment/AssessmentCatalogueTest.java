package org.weconomics.partnership.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

/** A front-end builds its assessment form from the catalogue, and what it builds is what the API takes. */
@QuarkusTest
class AssessmentCatalogueTest {

    @Test
    void theCatalogueListsEveryKeyWithItsTextsInTheAskedLanguage() {
        String member = TestTokens.member("ilse", TestData.localGroup());
        given().auth()
                .oauth2(member)
                .header("Accept-Language", "en")
                .when()
                .get("/catalogue/assessment")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("language", equalTo("en"))
                .body("facetStatuses.key", contains("cleared", "open-points", "to-be-addressed"))
                .body("facets", hasSize(5))
                .body("facets[0].key", equalTo("value-proposition"))
                .body("facets[0].title", equalTo("Value proposition"))
                .body("facets[0].keyQuestions", hasSize(3))
                .body("successFactors", hasSize(8))
                .body("impactRatings.key", contains("high", "medium", "low"))
                .body("impactDimensions", hasSize(6))
                .body("impactDimensions[0].valueKind", equalTo("social"));
        given().auth()
                .oauth2(member)
                .header("Accept-Language", "nl")
                .when()
                .get("/catalogue/assessment")
                .then()
                .statusCode(200)
                .header("Content-Language", "nl")
                .body("facets[0].title", equalTo("Waardepropositie"));
        given().when().get("/catalogue/assessment").then().statusCode(401);
    }

    @Test
    void anAssessmentMadeOfEveryKeyOfTheCatalogueIsTaken() {
        String group = TestData.localGroup();
        String anna = TestTokens.member("anna-" + group, group);
        TestData.member(group, "anna-" + group);
        String partnership = TestData.partnership(anna, group);
        String partner = TestData.join(anna, partnership, TestData.organisation("social-economy"));
        TestData.represent(anna, partnership, partner, "anna-" + group);
        JsonPath catalogue = given().auth()
                .oauth2(anna)
                .when()
                .get("/catalogue/assessment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Object> facets = new LinkedHashMap<>();
        for (String facet : catalogue.getList("facets.key", String.class)) {
            facets.put(
                    facet,
                    Map.of(
                            "status",
                            catalogue.getString("facetStatuses[1].key"),
                            "strengths",
                            List.of(),
                            "workPoints",
                            List.of()));
        }
        Map<String, Object> factors = new LinkedHashMap<>();
        catalogue.getList("successFactors.key", String.class).forEach(factor -> factors.put(factor, "partly-met"));
        Map<String, Object> impact = new LinkedHashMap<>();
        catalogue
                .getList("impactDimensions.key", String.class)
                .forEach(dimension -> impact.put(dimension, catalogue.getString("impactRatings[2].key")));

        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("facets", facets, "successFactors", factors, "impact", impact))
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft", partnership, partner)
                .then()
                .statusCode(201)
                .body("content.facets.size()", equalTo(5))
                .body("content.successFactors.size()", equalTo(8))
                .body("content.impact.size()", equalTo(6));
    }
}
