package org.weconomics.canvas.canvas;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.canvas.partnership.Partnerships;
import org.weconomics.canvas.people.Members;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class CanvasLifecycleTest {

    private final String group = CanvasTestData.localGroup();
    private final String otherGroup = CanvasTestData.localGroup();
    private final String lotte = TestTokens.member("lotte", group, otherGroup);

    @Test
    void aCanvasMovesFromDraftThroughTheWorkshopToArchived() {
        String id = CanvasTestData.canvas(lotte, group, "Levenscyclus");

        moveTo(id, "in-workshop", 0)
                .statusCode(200)
                .body("status", equalTo("in-workshop"))
                .header("ETag", "\"1\"");
        moveTo(id, "presented", 1).statusCode(200).body("status", equalTo("presented"));
        moveTo(id, "archived", 2).statusCode(200).body("status", equalTo("archived"));

        given().auth().oauth2(lotte).when().get("/canvases/{id}", id).then().body("status", equalTo("archived"));
    }

    @Test
    void aMoveThatSkipsOrReversesTheLifeIsAConflict() {
        String id = CanvasTestData.canvas(lotte, group, "Geen sprongen");

        moveTo(id, "presented", 0).statusCode(409).contentType("application/problem+json");
        moveTo(id, "archived", 0).statusCode(200);
        moveTo(id, "draft", 1).statusCode(409).contentType("application/problem+json");
        moveTo(id, "sleeping", 1).statusCode(400).body("invalidFields.field", hasItem("status"));

        given().auth().oauth2(lotte).when().get("/canvases/{id}", id).then().body("status", equalTo("archived"));
    }

    @Test
    void anArchivedCanvasTakesNoNewNotes() {
        String id = CanvasTestData.canvas(lotte, group, "Gearchiveerd");
        moveTo(id, "archived", 0).statusCode(200);

        given().auth()
                .oauth2(lotte)
                .contentType(ContentType.JSON)
                .body(CanvasTestData.noteBody("value-proposition", "Te laat"))
                .when()
                .post("/canvases/{id}/notes", id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theListIsFilteredAndPagedAndShowsOnlyYourOwnLocalGroups() {
        String partnership = Partnerships.created(group, "Catering").toString();
        Map<String, Object> withPartnership = CanvasTestData.canvasBody(group, "Catering met partners");
        withPartnership.put("partnershipId", partnership);
        String first = CanvasTestData.canvas(lotte, withPartnership);
        Map<String, Object> community = CanvasTestData.canvasBody(group, "Community-ontwerp");
        community.put("templateKey", "community-model-canvas");
        String second = CanvasTestData.canvas(lotte, community);
        String third = CanvasTestData.canvas(lotte, otherGroup, "In de andere groep");
        moveTo(second, "in-workshop", 0).statusCode(200);

        given().auth()
                .oauth2(lotte)
                .queryParam("localGroup", group)
                .when()
                .get("/canvases")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", equalTo(List.of(second, first)));
        given().auth()
                .oauth2(lotte)
                .queryParam("localGroup", group)
                .queryParam("size", 1)
                .queryParam("page", 1)
                .when()
                .get("/canvases")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first)))
                .body("totalPages", equalTo(2));
        given().auth()
                .oauth2(lotte)
                .queryParam("partnershipId", partnership)
                .when()
                .get("/canvases")
                .then()
                .body("items.id", equalTo(List.of(first)));
        given().auth()
                .oauth2(lotte)
                .queryParam("localGroup", group)
                .queryParam("templateKey", "community-model-canvas")
                .when()
                .get("/canvases")
                .then()
                .body("items.id", equalTo(List.of(second)));
        given().auth()
                .oauth2(lotte)
                .queryParam("localGroup", group)
                .queryParam("status", "in-workshop")
                .when()
                .get("/canvases")
                .then()
                .body("items.id", equalTo(List.of(second)));
        given().auth()
                .oauth2(lotte)
                .queryParam("text", "ANDERE GROEP")
                .when()
                .get("/canvases")
                .then()
                .body("items.id", equalTo(List.of(third)));

        String outsider = TestTokens.member("omar", CanvasTestData.localGroup());
        given().auth()
                .oauth2(outsider)
                .queryParam("localGroup", group)
                .when()
                .get("/canvases")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .queryParam("localGroup", group)
                .when()
                .get("/canvases")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
    }

    @Test
    void aCanvasIsMadeFromATemplateVersionThatExists() {
        Map<String, Object> unknownTemplate = CanvasTestData.canvasBody(group, "Onbekend");
        unknownTemplate.put("templateKey", "no-such-template");
        given().auth()
                .oauth2(lotte)
                .contentType(ContentType.JSON)
                .body(unknownTemplate)
                .when()
                .post("/canvases")
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("templateKey")));

        Map<String, Object> unknownVersion = CanvasTestData.canvasBody(group, "Onbekende versie");
        unknownVersion.put("templateVersion", 42);
        given().auth()
                .oauth2(lotte)
                .contentType(ContentType.JSON)
                .body(unknownVersion)
                .when()
                .post("/canvases")
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("templateVersion")));
    }

    @Test
    void aContributionBoardBelongsToAPartnerOfAPartnership() {
        Map<String, Object> board = CanvasTestData.canvasBody(group, "Bijdrage De Wroeter");
        board.put("templateKey", "partner-contribution-board");
        board.put("partnerId", UUID.randomUUID().toString());
        given().auth()
                .oauth2(lotte)
                .contentType(ContentType.JSON)
                .body(board)
                .when()
                .post("/canvases")
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("partnerId")));

        UUID partnership = Partnerships.created(group, "Bijdragen van De Wroeter");
        String partner =
                Partnerships.partnerJoined(partnership, group, List.of()).toString();
        board.put("partnerId", partner);
        board.put("partnershipId", partnership.toString());
        board.put("facilitator", "sam");
        Members.register(group, "sam");
        String id = CanvasTestData.canvas(lotte, board);
        given().auth()
                .oauth2(lotte)
                .when()
                .get("/canvases/{id}", id)
                .then()
                .statusCode(200)
                .body("partnerId", equalTo(partner))
                .body("facilitator", equalTo("sam"))
                .body("createdBy", equalTo("lotte"));
    }

    @Test
    void deletingNeedsTheCurrentVersionAndRemovesTheCanvasWithItsNotes() {
        String id = CanvasTestData.canvas(lotte, group, "Weg ermee");
        Members.register(group, "sam");
        CanvasTestData.note(lotte, id, "value-proposition", "Een notitie");
        given().auth()
                .oauth2(lotte)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Gewijzigd", "facilitator", "sam"))
                .when()
                .put("/canvases/{id}", id)
                .then()
                .statusCode(200)
                .body("facilitator", equalTo("sam"));

        given().auth()
                .oauth2(lotte)
                .when()
                .delete("/canvases/{id}", id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(lotte)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/canvases/{id}", id)
                .then()
                .statusCode(412)
                .body("current.title", equalTo("Gewijzigd"));
        given().auth().oauth2(lotte).when().get("/canvases/{id}", id).then().statusCode(200);

        given().auth()
                .oauth2(lotte)
                .header("If-Match", "\"1\"")
                .when()
                .delete("/canvases/{id}", id)
                .then()
                .statusCode(204);
        given().auth().oauth2(lotte).when().get("/canvases/{id}", id).then().statusCode(404);
        given().auth()
                .oauth2(lotte)
                .when()
                .get("/canvases/{id}/notes", id)
                .then()
                .statusCode(404);
    }

    private io.restassured.response.ValidatableResponse moveTo(String id, String status, long version) {
        return given().auth()
                .oauth2(lotte)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("status", status))
                .when()
                .put("/canvases/{id}/status", id)
                .then();
    }
}
