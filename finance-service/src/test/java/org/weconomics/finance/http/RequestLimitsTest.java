package org.weconomics.finance.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/** The limits every service applies before its resources see a request. */
@QuarkusTest
class RequestLimitsTest {

    @Test
    void aBodyOverOneMegabyteIsRefusedWithA413Problem() {
        String body = "{\"currency\":\"" + "E".repeat(1_100_000) + "\"}";

        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/earnings-models/{id}", UUID.randomUUID())
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:payload-too-large"))
                .body("detail", containsString("at most 1048576"));
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .when()
                .get("/no-such-thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
