package org.weconomics.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.gateway.stub.Stubs;
import org.weconomics.testing.TestTokens;

/** Only a valid token for this platform gets a request past the gateway; every refusal is a 401 problem. */
@QuarkusTest
class AuthenticationTest {

    @Test
    void aValidMemberTokenReachesTheServiceWithTheTokenUnchanged() {
        String token = TestTokens.member("anna", "gent");
        given().auth()
                .oauth2(token)
                .get("/api/canvas/echo/" + UUID.randomUUID())
                .then()
                .statusCode(200)
                .body("service", equalTo("canvas"))
                .body("headers.authorization[0]", equalTo("Bearer " + token));
    }

    @Test
    void withoutATokenTheRequestIsRefusedBeforeTheService() {
        refusedBeforeTheService(null)
                .header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("A bearer token is required"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        refusedBeforeTheService(
                TestTokens.token().expiresAt(Instant.now().minusSeconds(600)).sign());
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        refusedBeforeTheService(TestTokens.token()
                .issuer("https://evil.example/realms/weconomics")
                .sign());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        refusedBeforeTheService(TestTokens.token()
                .audiences("canvas-service", "finance-service")
                .sign());
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        refusedBeforeTheService(TestTokens.token().audiences().sign());
    }

    @Test
    void aTokenSignedWithAnUnknownKeyIsRefused() {
        refusedBeforeTheService(TestTokens.token().signedWithUntrustedKey().sign());
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] valid = TestTokens.member("mallory").split("\\.");
        String header = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        refusedBeforeTheService(header + "." + valid[1] + ".");
    }

    @Test
    void aTokenWhoseClaimsWereChangedIsRefused() {
        String[] valid = TestTokens.member("mallory").split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(valid[1]), StandardCharsets.UTF_8)
                .replace("\"member\"", "\"admin\"");
        refusedBeforeTheService(valid[0] + "." + encode(claims) + "." + valid[2]);
    }

    @Test
    void garbageInsteadOfATokenIsRefused() {
        refusedBeforeTheService("not-a-jwt");
    }

    private static ValidatableResponse refusedBeforeTheService(String token) {
        String path = "/echo/" + UUID.randomUUID();
        var request = given();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        ValidatableResponse response = request.get("/api/canvas" + path)
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:unauthenticated"))
                .body("status", equalTo(401))
                .body("instance", startsWith("/api/canvas/echo/"));
        assertThat(Stubs.seen("canvas", path))
                .as("requests that reached the service")
                .isZero();
        return response;
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
