package org.weconomics.gateway.protection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/**
 * Rates per token subject and per client address, with tiny buckets that practically do not refill during
 * the test. The gateway trusts X-Forwarded-For here (as behind a load balancer), so each test comes from
 * an address of its own.
 */
@QuarkusTest
@TestProfile(RateLimitTest.TinyBuckets.class)
class RateLimitTest {

    @Test
    void aSubjectBeyondItsBurstGets429WithRetryAfter() {
        String token = TestTokens.member("busy-" + UUID.randomUUID(), "gent");
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            from(address).auth().oauth2(token).get("/api/canvas/echo").then().statusCode(200);
        }
        from(address)
                .auth()
                .oauth2(token)
                .get("/api/canvas/echo")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("urn:problem-type:weconomics:too-many-requests"));
    }

    @Test
    void anotherSubjectIsNotHeldBackByABusyOne() {
        String busy = TestTokens.member("busy-" + UUID.randomUUID(), "gent");
        for (int i = 0; i < 4; i++) {
            from(newAddress()).auth().oauth2(busy).get("/api/canvas/echo");
        }
        from(newAddress())
                .auth()
                .oauth2(TestTokens.member("calm-" + UUID.randomUUID(), "gent"))
                .get("/api/canvas/echo")
                .then()
                .statusCode(200);
    }

    @Test
    void anAddressBeyondItsBurstGets429EvenWithoutAToken() {
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            from(address).get("/api/canvas/echo").then().statusCode(401);
        }
        from(address)
                .get("/api/canvas/echo")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }

    private static RequestSpecification from(String address) {
        return given().header("X-Forwarded-For", address);
    }

    private static String newAddress() {
        UUID random = UUID.randomUUID();
        return "10." + Math.floorMod(random.getMostSignificantBits(), 250) + "."
                + Math.floorMod(random.getLeastSignificantBits(), 250) + "."
                + (1 + Math.floorMod(random.hashCode(), 250));
    }

    public static class TinyBuckets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "weconomics.gateway.rate-limit.per-subject.capacity", "3",
                    "weconomics.gateway.rate-limit.per-subject.refill-per-second", "0.01",
                    "weconomics.gateway.rate-limit.per-client-ip.capacity", "5",
                    "weconomics.gateway.rate-limit.per-client-ip.refill-per-second", "0.01",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }
}
