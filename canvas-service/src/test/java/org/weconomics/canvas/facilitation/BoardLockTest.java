package org.weconomics.canvas.facilitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;

/** While the board is locked participants cannot change notes, the facilitator can, and everyone votes and comments. */
@QuarkusTest
class BoardLockTest {

    private static final Map<String, Object> CHANGED =
            Map.of("text", "Gewijzigd", "colour", "blue", "valueTags", List.of(), "lensTags", List.of());

    @Test
    void aLockedBoardRefusesParticipantsNoteChangesAndAcceptsTheFacilitators() {
        Workshop workshop = new Workshop("Slot op het bord");
        String own = workshop.note(workshop.piet, "channels", "Van Piet");
        workshop.lock(true);

        List<Response> refused = List.of(
                given().auth()
                        .oauth2(workshop.piet)
                        .contentType(ContentType.JSON)
                        .body(CanvasTestData.noteBody("channels", "Nog eentje"))
                        .post("/canvases/{c}/notes", workshop.canvas),
                given().auth()
                        .oauth2(workshop.piet)
                        .contentType(ContentType.JSON)
                        .body(Map.of("notes", List.of(CanvasTestData.noteBody("channels", "In bulk"))))
                        .post("/canvases/{c}/notes/bulk", workshop.canvas),
                given().auth()
                        .oauth2(workshop.piet)
                        .contentType("text/csv")
                        .body("block,text\r\nchannels,Uit CSV\r\n")
                        .post("/canvases/{c}/notes.csv", workshop.canvas),
                given().auth()
                        .oauth2(workshop.piet)
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(CHANGED)
                        .put("/canvases/{c}/notes/{n}", workshop.canvas, own),
                given().auth()
                        .oauth2(workshop.piet)
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("blockKey", "key-partners", "position", 0))
                        .put("/canvases/{c}/notes/{n}/placement", workshop.canvas, own),
                given().auth()
                        .oauth2(workshop.piet)
                        .header("If-Match", "\"0\"")
                        .delete("/canvases/{c}/notes/{n}", workshop.canvas, own));
        for (Response response : refused) {
            response.then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:problem-type:weconomics:board-locked"))
                    .body("detail", containsString("facilitator locked the board"));
        }
        assertThat(workshop.noteTexts(workshop.facilitator)).containsExactly("Van Piet");

        CanvasTestData.comment(workshop.mira, workshop.canvas, own, "Mag nog wel");
        String round = workshop.openRound(2, null, null);
        workshop.vote(workshop.mira, round, own).then().statusCode(200);

        String facilitatorsNote = workshop.note(workshop.facilitator, "channels", "Van de facilitator");
        given().auth()
                .oauth2(workshop.facilitator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(CHANGED)
                .put("/canvases/{c}/notes/{n}", workshop.canvas, own)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(workshop.facilitator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("blockKey", "key-partners", "position", 0))
                .put("/canvases/{c}/notes/{n}/placement", workshop.canvas, facilitatorsNote)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(workshop.facilitator)
                .header("If-Match", "\"1\"")
                .delete("/canvases/{c}/notes/{n}", workshop.canvas, facilitatorsNote)
                .then()
                .statusCode(204);

        workshop.lock(false);
        workshop.note(workshop.piet, "channels", "Weer open");
        assertThat(workshop.noteTexts(workshop.mira)).containsExactly("Gewijzigd", "Weer open");
        assertThat(workshop.state(workshop.mira)).containsEntry("locked", false);
    }

    @Test
    void anAdminActsAsFacilitatorOnALockedBoard() {
        Workshop workshop = new Workshop("Admin en slot");
        workshop.lock(true);
        workshop.note(CanvasTestData.ADMIN, "channels", "Van de admin");
        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .when()
                .get("/canvases/{c}/facilitation", workshop.canvas)
                .then()
                .statusCode(200)
                .body("locked", equalTo(true))
                .body("youFacilitate", equalTo(true));
    }
}
