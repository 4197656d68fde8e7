package org.weconomics.gateway.protection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.gateway.stub.Stubs;
import org.weconomics.testing.TestTokens;

/** Body size limit, CORS for the configured front-end only, and the security headers on every answer. */
@QuarkusTest
class ProtectionTest {

    private static final int LIMIT = 1024; // %test.weconomics.gateway.max-body-size

    @Test
    void aBodyAnnouncedLargerThanTheLimitIsA413ProblemBeforeTheService() {
        String path = "/uploads/" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .contentType("application/json")
                .body("x".repeat(LIMIT + 1))
                .post("/api/canvas" + path)
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:payload-too-large"));
        assertThat(Stubs.seen("canvas", path)).isZero();
    }

    @Test
    void aStreamedBodyIsCutOffWhenItGrowsBeyondTheLimit() {
        // An InputStream body goes out chunked, without a Content-Length to check up front.
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .contentType("application/octet-stream")
                .body(new ByteArrayInputStream(new byte[LIMIT * 8]))
                .post("/api/canvas/uploads/streamed")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aBodyWithinTheLimitPasses() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .contentType("application/octet-stream")
                .body(new ByteArrayInputStream(new byte[LIMIT]))
                .post("/api/canvas/uploads/small")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(LIMIT));
    }

    @Test
    void theConfiguredFrontEndMayCallFromTheBrowser() {
        given().header("Origin", "https://partner.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/canvas/canvases")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://partner.example");
    }

    @Test
    void aPartnersLocalFrontEndMaySendEveryHeaderTheApiDocumentsAndReadEveryHeaderItSends() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header(
                        "Access-Control-Request-Headers",
                        "authorization,content-type,accept-language,if-match,idempotency-key,last-event-id,x-request-id")
                .options("/api/canvas/canvases")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Last-Event-ID"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("If-Match"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Accept-Language"));
        var exposed = given().header("Origin", "http://localhost:3000")
                .auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .get("/api/canvas/echo")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .extract()
                .header("Access-Control-Expose-Headers");
        assertThat(exposed.split(","))
                .extracting(String::trim)
                .contains(
                        "ETag",
                        "Location",
                        "Content-Disposition",
                        "Content-Language",
                        "Idempotent-Replayed",
                        "Retry-After",
                        "X-Request-Id");
    }

    @Test
    void anyOtherOriginIsNotAllowed() {
        var response = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/canvas/canvases");
        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        given().header("Origin", "https://evil.example")
                .auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .get("/api/canvas/echo")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void apiAnswersCarryTheSecurityHeadersAndAreNotCached() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .get("/api/canvas/echo")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                // Plain HTTP in the test: HSTS is only sent over TLS, where it means something.
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void theGatewaysOwnRefusalsCarryThemToo() {
        given().get("/api/canvas/echo")
                .then()
                .statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("X-Request-Id", org.hamcrest.Matchers.notNullValue());
    }
}
