package org.weconomics.partnership.typology;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class TypologyResourceTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void theTypologyComesInTheAskedLanguage() {
        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "nl")
                .when()
                .get("/typology")
                .then()
                .statusCode(200)
                .body("types.type", contains("A", "B", "C", "D"))
                .body("types[1].title", equalTo("Co-creatie ondernemingsmodel"))
                .body("axes.values.key.flatten()", hasItem("differentiated"));
        given().auth()
                .oauth2(anna)
                .when()
                .get("/typology")
                .then()
                .statusCode(200)
                .body("language", equalTo("nl"));
    }

    @Test
    void aTypeCarriesItsPropertiesSuccessFactorsAndTensions() {
        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "en")
                .when()
                .get("/typology/a")
                .then()
                .statusCode(200)
                .body("type.key", equalTo("platform"))
                .body("properties", hasSize(11))
                .body("properties.key", hasItem("pricing"))
                .body("successFactors", hasSize(5))
                .body("generalSuccessFactors", hasSize(8))
                .body("typicalTensions.key", hasItem("platform-value-creation-priorities"))
                .body("genericTensions.key", hasItem("cultural-differences"));
        given().auth()
                .oauth2(anna)
                .when()
                .get("/typology/C")
                .then()
                .statusCode(200)
                .body("properties", hasSize(0));
        given().auth()
                .oauth2(anna)
                .when()
                .get("/typology/E")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
