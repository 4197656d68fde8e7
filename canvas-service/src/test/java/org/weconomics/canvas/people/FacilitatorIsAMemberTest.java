package org.weconomics.canvas.people;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/** A facilitator is a member of the canvas's local group, as partnership-service's membership events say. */
@QuarkusTest
class FacilitatorIsAMemberTest {

    private final String group = CanvasTestData.localGroup();
    private final String other = CanvasTestData.localGroup();
    private final String lotte = TestTokens.member("lotte", group);

    @Test
    void aCanvasIsHandedOnlyToAMemberOfItsLocalGroup() {
        Members.register(group, "carla-id");
        Members.register(other, "bram-id");

        for (String notAMember : new String[] {"carla", "bram-id", "nobody"}) {
            Map<String, Object> body = CanvasTestData.canvasBody(group, "Voor " + notAMember);
            body.put("facilitator", notAMember);
            given().auth()
                    .oauth2(lotte)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/canvases")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidFields.field", hasItem("facilitator"));
        }

        Map<String, Object> body = CanvasTestData.canvasBody(group, "Voor Carla");
        body.put("facilitator", "carla-id");
        String canvas = CanvasTestData.canvas(lotte, body);
        String carla = TestTokens.member("carla-id", group);
        given().auth()
                .oauth2(carla)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Terug", "facilitator", "bram-id"))
                .when()
                .put("/canvases/{id}", canvas)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("facilitator"));
        given().auth()
                .oauth2(carla)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Terug", "facilitator", "lotte"))
                .when()
                .put("/canvases/{id}", canvas)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("facilitator"));

        Members.register(group, "lotte");
        given().auth()
                .oauth2(carla)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Terug", "facilitator", "lotte"))
                .when()
                .put("/canvases/{id}", canvas)
                .then()
                .statusCode(200)
                .body("facilitator", equalTo("lotte"));
    }

    @Test
    void aRemovedMemberCanNoLongerBeNamedFacilitatorButTheCallerAlwaysCan() {
        Members.register(group, "sam-id");
        Members.remove(group, "sam-id");

        Map<String, Object> forSam = CanvasTestData.canvasBody(group, "Voor Sam");
        forSam.put("facilitator", "sam-id");
        given().auth()
                .oauth2(lotte)
                .contentType(ContentType.JSON)
                .body(forSam)
                .when()
                .post("/canvases")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("facilitator"));

        Map<String, Object> forMyself = CanvasTestData.canvasBody(group, "Voor mezelf");
        forMyself.put("facilitator", "lotte");
        given().auth()
                .oauth2(lotte)
                .contentType(ContentType.JSON)
                .body(forMyself)
                .when()
                .post("/canvases")
                .then()
                .statusCode(201)
                .body("facilitator", equalTo("lotte"));
    }
}
