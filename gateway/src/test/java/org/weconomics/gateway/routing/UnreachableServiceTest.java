package org.weconomics.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/** A route whose service is down answers 503 problem at once, and the gateway is not ready. */
@QuarkusTest
@TestProfile(UnreachableServiceTest.WithAServiceDown.class)
class UnreachableServiceTest {

    @Test
    void aServiceThatIsDownGivesA503Problem() {
        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .contentType("application/json")
                .body("{}")
                .post("/api/reports/reports")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:service-unavailable"))
                .body("instance", equalTo("/api/reports/reports"));
    }

    @Test
    void theGatewayIsNotReadyWhileAServiceIsDown() {
        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'backends' }.data.reports", equalTo("DOWN"))
                .body("checks.find { it.name == 'backends' }.data.canvas", equalTo("UP"));
    }

    public static class WithAServiceDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("weconomics.gateway.routes.reports.url", "http://localhost:" + freePort());
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
