package org.weconomics.partnership.partnership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

/** A time the service answers on a write is the time every later read gives, digit for digit. */
@QuarkusTest
class TimestampPrecisionTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void aCreatedPartnershipReadsBackWithTheSameTimestamps() {
        JsonPath created = given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("localGroup", "gent", "name", TestData.unique("Wroeter")))
                .when()
                .post("/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        JsonPath read = given().auth()
                .oauth2(anna)
                .get("/partnerships/{id}", created.getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(read.getString("createdAt")).isEqualTo(created.getString("createdAt"));
        assertThat(read.getString("updatedAt")).isEqualTo(created.getString("updatedAt"));
        // Microseconds at most, the precision PostgreSQL keeps.
        assertThat(created.getString("createdAt")).matches("[^.]+(\\.\\d{1,6})?Z");
    }

    @Test
    void aChangedTensionReadsBackWithTheSameTimestamps() {
        String partnership = TestData.partnership(anna, "gent");
        JsonPath recorded = given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("title", TestData.unique("Marge"), "valueDomain", "value-capture", "severity", "high"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        JsonPath read = given().auth()
                .oauth2(anna)
                .get("/partnerships/{p}/tensions/{t}", partnership, recorded.getString("id"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(read.getString("createdAt")).isEqualTo(recorded.getString("createdAt"));
        assertThat(read.getString("updatedAt")).isEqualTo(recorded.getString("updatedAt"));
    }
}
