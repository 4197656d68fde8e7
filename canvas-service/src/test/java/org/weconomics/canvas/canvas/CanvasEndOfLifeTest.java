package org.weconomics.canvas.canvas;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.canvas.people.Members;
import org.weconomics.testing.TestTokens;

/** Archiving and deleting a canvas belong to its owner and facilitator; others' work is never deleted with it. */
@QuarkusTest
class CanvasEndOfLifeTest {

    private final String group = CanvasTestData.localGroup();
    private final String owner = TestTokens.member("owner-" + group, group);
    private final String facilitator = TestTokens.member("facilitator-" + group, group);
    private final String participant = TestTokens.member("participant-" + group, group);

    @Test
    void aParticipantNeitherArchivesNorDeletesSomeoneElsesCanvas() {
        String id = CanvasTestData.canvas(owner, group, "Niet van jou");

        archive(participant, id, "0")
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("owner"));
        delete(participant, id, "0").statusCode(403).contentType("application/problem+json");
        given().auth()
                .oauth2(owner)
                .when()
                .get("/canvases/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"));

        // A participant still moves the workshop on; only ending the canvas's life is reserved.
        given().auth()
                .oauth2(participant)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "in-workshop"))
                .when()
                .put("/canvases/{id}/status", id)
                .then()
                .statusCode(200);
        archive(owner, id, "1").statusCode(200).body("status", equalTo("archived"));
    }

    @Test
    void theFacilitatorArchivesAndDeletesACanvasOnlyTheOwnerAndTheyWorkedOn() {
        String id = CanvasTestData.canvas(owner, handedTo(group, "Facilitator beslist"));
        CanvasTestData.note(facilitator, id, "value-proposition", "Van de facilitator");

        delete(facilitator, id, "0").statusCode(204);
        given().auth().oauth2(owner).when().get("/canvases/{id}", id).then().statusCode(404);
    }

    @Test
    void aCanvasOthersWroteOnIsArchivedNotDeletedExceptByAnAdmin() {
        String id = CanvasTestData.canvas(owner, group, "Gedeeld werk");
        CanvasTestData.note(participant, id, "value-proposition", "Mijn bijdrage");

        delete(owner, id, "0")
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("archive it instead"));
        given().auth()
                .oauth2(owner)
                .when()
                .get("/canvases/{id}/notes", id)
                .then()
                .statusCode(200)
                .body("items.text", org.hamcrest.Matchers.hasItem("Mijn bijdrage"));

        delete(TestTokens.admin("admin-" + group), id, "0").statusCode(204);
        given().auth().oauth2(owner).when().get("/canvases/{id}", id).then().statusCode(404);
    }

    private Map<String, Object> handedTo(String localGroup, String title) {
        Map<String, Object> body = CanvasTestData.canvasBody(localGroup, title);
        Members.register(localGroup, "facilitator-" + group);
        body.put("facilitator", "facilitator-" + group);
        return body;
    }

    private static ValidatableResponse archive(String token, String id, String version) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("status", "archived"))
                .when()
                .put("/canvases/{id}/status", id)
                .then();
    }

    private static ValidatableResponse delete(String token, String id, String version) {
        return given().auth()
                .oauth2(token)
                .header("If-Match", "\"" + version + "\"")
                .when()
                .delete("/canvases/{id}", id)
                .then();
    }
}
