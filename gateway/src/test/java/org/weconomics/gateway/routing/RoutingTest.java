package org.weconomics.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.weconomics.gateway.stub.Stubs;
import org.weconomics.testing.TestTokens;

/** Each prefix reaches its own service, with the prefix stripped and the headers a service may rely on. */
@QuarkusTest
class RoutingTest {

    @ParameterizedTest
    @CsvSource({"canvas", "partnership", "finance"})
    void eachPrefixReachesItsServiceWithThePrefixStrippedAndTheQueryKept(String route) {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .get("/api/" + route + "/items/42?page=2&size=10")
                .then()
                .statusCode(200)
                .body("service", equalTo(route))
                .body("uri", equalTo("/items/42?page=2&size=10"));
    }

    @Test
    void theRequestBodyAndStatusPassThrough() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .contentType("application/json")
                .body("{\"title\":\"Buurtwerking\"}")
                .queryParam("status", 201)
                .post("/api/partnership/partnerships")
                .then()
                .statusCode(201)
                .body("method", equalTo("POST"))
                .body("bodyLength", equalTo(24));
    }

    @Test
    void aRequestIdIsCreatedWhenAbsentAndGivenToTheServiceAndTheCaller() {
        var response = given().auth().oauth2(TestTokens.member("anna", "gent")).get("/api/canvas/echo");
        String requestId = response.header("X-Request-Id");
        assertThat(requestId).matches("[0-9a-f-]{36}");
        assertThat(response.jsonPath().getString("headers.x-request-id[0]")).isEqualTo(requestId);
    }

    @Test
    void theCallersRequestIdIsKeptAndAnUnsafeOneReplaced() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .header("X-Request-Id", "front-end:42")
                .get("/api/canvas/echo")
                .then()
                .header("X-Request-Id", "front-end:42")
                .body("headers.x-request-id[0]", equalTo("front-end:42"));
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .header("X-Request-Id", "evil\tinjected log line")
                .get("/api/canvas/echo")
                .then()
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void aValidTraceContextPassesUnchangedAndAMalformedOneIsDropped() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .header("traceparent", traceparent)
                .header("tracestate", "weconomics=abc")
                .get("/api/finance/echo")
                .then()
                .body("headers.traceparent[0]", equalTo(traceparent))
                .body("headers.tracestate[0]", equalTo("weconomics=abc"));
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .header("traceparent", "00-not-a-trace")
                .header("tracestate", "weconomics=abc")
                .get("/api/finance/echo")
                .then()
                .body("headers.traceparent", nullValue())
                .body("headers.tracestate", nullValue());
    }

    @Test
    void forwardingHeadersFromTheClientAreReplacedByTheGatewaysOwn() {
        JsonPath echo = given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .header("X-Forwarded-For", "10.6.6.6")
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "for=10.6.6.6;host=evil.example")
                .header("X-Real-IP", "10.6.6.6")
                .get("/api/canvas/echo")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(echo.getList("headers.x-forwarded-for")).containsExactly("127.0.0.1");
        assertThat(echo.getList("headers.x-forwarded-host").toString()).doesNotContain("evil");
        assertThat(echo.getList("headers.x-forwarded-prefix")).containsExactly("/api/canvas");
        assertThat(echo.getList("headers.forwarded")).singleElement().asString().startsWith("for=127.0.0.1;proto=http");
        assertThat(echo.getMap("headers")).doesNotContainKey("x-real-ip");
    }

    @Test
    void hopByHopHeadersAreNotPassedOnInEitherDirection() {
        var response = given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .header("Connection", "keep-alive, X-Client-Hop")
                .header("X-Client-Hop", "for the gateway only")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .header("TE", "trailers")
                .get("/api/canvas/echo");
        JsonPath echo = response.then().statusCode(200).extract().jsonPath();
        assertThat(echo.getMap("headers")).doesNotContainKeys("x-client-hop", "proxy-authorization", "te");
        assertThat(response.header("X-Connection-Local")).isNull();
        assertThat(response.header("Keep-Alive")).isNull();
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .get("/api/billing/invoices")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:not-found"));
    }

    @Test
    void theServicesInfrastructureEndpointsAreNotReachableThroughTheGateway() {
        given().auth()
                .oauth2(TestTokens.admin("root"))
                .get("/api/canvas/q/health/ready")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void dotSegmentsCannotLeaveTheRoute() {
        String path = "/api/canvas/../partnership/echo/" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .urlEncodingEnabled(false)
                .get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:malformed-request"));
    }

    @Test
    void aSlowServiceGivesA504ProblemAfterTheUpstreamTimeout() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .get("/api/finance/slow/report")
                .then()
                .statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:gateway-timeout"))
                .body("detail", not(equalTo("")));
    }

    @Test
    void aPostToASlowServiceIsSentExactlyOnce() {
        String path = "/slow/" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .contentType("application/json")
                .body("{}")
                .post("/api/finance" + path)
                .then()
                .statusCode(504);
        assertThat(Stubs.seen("finance", path)).isEqualTo(1);
    }

    @Test
    void serviceErrorsPassThroughAsTheServiceWroteThem() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .queryParam("status", 409)
                .get("/api/canvas/echo")
                .then()
                .statusCode(409)
                .body("service", equalTo("canvas"));
    }

    @Test
    void theRolesAndGroupsReachTheServiceInsideTheUnchangedToken() {
        String token = TestTokens.member("carla", "gent", "antwerpen");
        given().auth()
                .oauth2(token)
                .get("/api/partnership/echo")
                .then()
                .body("headers.authorization", hasItem("Bearer " + token));
    }
}
