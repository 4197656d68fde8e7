package org.weconomics.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.weconomics.gateway.stub.Stubs;

/** The gateway is ready exactly when every service behind it is. */
@QuarkusTest
class ReadinessTest {

    @AfterEach
    void partnershipReadyAgain() {
        Stubs.readiness("partnership", "UP");
    }

    @Test
    void readyWhenEveryServiceIsReady() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'backends' }.data.partnership", equalTo("UP"));
    }

    @Test
    void notReadyWhileOneServiceIsNotReady() {
        Stubs.readiness("partnership", "DOWN");
        given().get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'backends' }.data.partnership", equalTo("DOWN"))
                .body("checks.find { it.name == 'backends' }.data.finance", equalTo("UP"));
    }

    @Test
    void livenessDoesNotDependOnTheServices() {
        Stubs.readiness("partnership", "DOWN");
        given().get("/q/health/live").then().statusCode(200);
    }
}
