package org.weconomics.partnership.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

/** A number or a boolean sent as text (or a fraction for a whole number) is a 400 naming the field. */
@QuarkusTest
class StrictTypesTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void anAmountSentAsTextIsRefusedNamingTheField() {
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"" + TestData.unique("Community") + "\", \"domain\": \"Lokale voeding\", "
                        + "\"networkLeader\": \"Weconomics\", \"revenueModel\": {\"payer\": \"both\", "
                        + "\"basis\": \"per-period\", \"amount\": \"4.35\"}}")
                .when()
                .post("/communities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", contains("revenueModel.amount"));
    }

    @Test
    void aBooleanSentAsTextOrNumberIsRefusedNamingTheField() {
        String partnership = TestData.partnership(anna, "gent");
        String organisation = TestData.organisation("social-economy");
        for (String founding : new String[] {"\"true\"", "1"}) {
            given().auth()
                    .oauth2(anna)
                    .contentType(ContentType.JSON)
                    .body("{\"organisationId\": \"" + organisation + "\", \"role\": \"Productie\", \"founding\": "
                            + founding + "}")
                    .when()
                    .post("/partnerships/{p}/partners", partnership)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidFields.field", contains("founding"));
        }
    }
}
