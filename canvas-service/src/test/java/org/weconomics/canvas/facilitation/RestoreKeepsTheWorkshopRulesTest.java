package org.weconomics.canvas.facilitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;

/**
 * Restoring a snapshot is a change of the notes like any other: the board lock holds for it, and it neither
 * removes hidden notes the caller cannot see nor shows a note that was never revealed.
 */
@QuarkusTest
class RestoreKeepsTheWorkshopRulesTest {

    @Test
    void aParticipantCannotRestoreOnALockedBoardTheFacilitatorCan() {
        Workshop workshop = new Workshop("Vergrendeld herstel");
        workshop.note(workshop.piet, "channels", "Eerste idee");
        String snapshot = take(workshop, workshop.piet, "Voor de pauze");
        workshop.lock(true);
        workshop.note(workshop.facilitator, "channels", "Na de pauze, van de facilitator");

        restore(workshop, workshop.piet, snapshot).then().statusCode(409).contentType("application/problem+json");
        assertThat(workshop.noteTexts(workshop.piet))
                .containsExactlyInAnyOrder("Eerste idee", "Na de pauze, van de facilitator");

        restore(workshop, workshop.facilitator, snapshot).then().statusCode(200);
        assertThat(workshop.noteTexts(workshop.piet)).containsExactly("Eerste idee");
    }

    @Test
    void aRestoreLeavesTheHiddenNotesOfOthersThatTheCallerCannotSee() {
        Workshop workshop = new Workshop("Verborgen blijft");
        workshop.note(workshop.piet, "channels", "Zichtbaar");
        String snapshot = take(workshop, workshop.piet, "Begin");
        workshop.hiddenMode(true);
        workshop.note(workshop.mira, "channels", "Mira's verborgen idee");

        restore(workshop, workshop.piet, snapshot).then().statusCode(200);

        assertThat(workshop.noteTexts(workshop.mira)).containsExactlyInAnyOrder("Zichtbaar", "Mira's verborgen idee");
        assertThat(workshop.noteTexts(workshop.facilitator))
                .containsExactlyInAnyOrder("Zichtbaar", "Mira's verborgen idee");
    }

    @Test
    void aRestoreDoesNotBringAnUnrevealedNoteBackVisible() {
        Workshop workshop = new Workshop("Niet onthuld");
        workshop.hiddenMode(true);
        String hidden = workshop.note(workshop.mira, "channels", "Nog niet onthuld");
        String snapshot = take(workshop, workshop.facilitator, "Met verborgen nota");
        CanvasTestData.remove(workshop.mira, workshop.canvas, hidden);
        workshop.hiddenMode(false);

        restore(workshop, workshop.facilitator, snapshot).then().statusCode(200);

        assertThat(workshop.noteTexts(workshop.mira)).containsExactly("Nog niet onthuld");
        assertThat(workshop.noteTexts(workshop.piet)).isEmpty();
        workshop.reveal(null).then().statusCode(200);
        assertThat(workshop.noteTexts(workshop.piet)).containsExactly("Nog niet onthuld");
    }

    @Test
    void aRestoreDoesNotTakeBackAHiddenNoteTheSnapshotHidFromTheCaller() {
        Workshop workshop = new Workshop("Verborgen in de momentopname");
        workshop.hiddenMode(true);
        workshop.note(workshop.mira, "channels", "Verborgen in de momentopname");
        String snapshot = take(workshop, workshop.piet, "Piet ziet niets");
        workshop.reveal(null).then().statusCode(200);
        workshop.hiddenMode(false);

        restore(workshop, workshop.piet, snapshot).then().statusCode(200);

        assertThat(workshop.noteTexts(workshop.piet)).containsExactly("Verborgen in de momentopname");
    }

    private static String take(Workshop workshop, String token, String name) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .when()
                .post("/canvases/{c}/snapshots", workshop.canvas)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Response restore(Workshop workshop, String token, String snapshot) {
        return given().auth()
                .oauth2(token)
                .header("If-Match", CanvasTestData.canvasTag(token, workshop.canvas))
                .when()
                .post("/canvases/{c}/snapshots/{s}/restore", workshop.canvas, snapshot);
    }
}
