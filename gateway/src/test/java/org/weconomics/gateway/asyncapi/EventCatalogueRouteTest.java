package org.weconomics.gateway.asyncapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The events' AsyncAPI document is served without a token, next to the OpenAPI document. */
@QuarkusTest
class EventCatalogueRouteTest {

    @Test
    void theEventsDocumentIsServedWithoutAToken() {
        JsonPath document = given().get(EventCatalogueRoute.PATH)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .extract()
                .jsonPath();
        assertThat(document.getString("asyncapi")).isEqualTo("3.0.0");
        assertThat(document.getString("channels.partnership.address")).isEqualTo("weconomics.partnership");
        assertThat(document.getString("components.messages.'canvas.note-added.v1'.name"))
                .isEqualTo("org.weconomics.canvas.note-added");
    }
}
