package org.weconomics.gateway.metrics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/** Requests are timed per route prefix and status, the gateway's own refusals included. */
@QuarkusTest
class RouteMetricsTest {

    @Test
    void eachRouteAndStatusHasItsTimer() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .get("/api/finance/echo")
                .then()
                .statusCode(200);
        given().get("/api/finance/echo").then().statusCode(401);

        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .containsPattern(
                        "gateway_requests_seconds_count\\{[^}]*route=\"/api/finance\"[^}]*status=\"200\"[^}]*\\} [1-9]");
        assertThat(metrics)
                .containsPattern(
                        "gateway_requests_seconds_count\\{[^}]*route=\"/api/finance\"[^}]*status=\"401\"[^}]*\\} [1-9]");
    }
}
