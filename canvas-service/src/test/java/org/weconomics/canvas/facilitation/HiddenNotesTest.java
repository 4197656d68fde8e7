package org.weconomics.canvas.facilitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;

/** Notes added in hidden mode are seen only by their author and the facilitator, everywhere, until revealed. */
@QuarkusTest
class HiddenNotesTest {

    private static final String SECRET = "Geheime waardepropositie";

    @Test
    void aHiddenNoteIsInvisibleToOtherParticipantsEverywhereUntilRevealed() throws IOException {
        Workshop workshop = new Workshop("Verborgen notities");
        workshop.note(workshop.mira, "channels", "Al zichtbaar");
        workshop.hiddenMode(true);
        String secret = workshop.note(workshop.piet, "value-proposition", SECRET);
        workshop.hiddenMode(false);
        workshop.note(workshop.mira, "channels", "Weer zichtbaar");

        assertThat(workshop.noteTexts(workshop.mira)).containsExactly("Al zichtbaar", "Weer zichtbaar");
        assertThat(workshop.noteTexts(workshop.piet)).contains(SECRET);
        assertThat(workshop.noteTexts(workshop.facilitator)).contains(SECRET);
        assertThat(workshop.noteTexts(CanvasTestData.ADMIN)).contains(SECRET);
        given().auth()
                .oauth2(workshop.piet)
                .when()
                .get("/canvases/{c}/notes/{n}", workshop.canvas, secret)
                .then()
                .statusCode(200)
                .body("hidden", equalTo(true));
        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/notes/{n}", workshop.canvas, secret)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/notes/{n}/comments", workshop.canvas, secret)
                .then()
                .statusCode(404);
        assertThat(readsOf(workshop, workshop.mira)).noneMatch(read -> read.contains(SECRET));
        assertThat(pdfText(workshop, workshop.mira)).doesNotContain(SECRET);
        assertThat(readsOf(workshop, workshop.piet)).allMatch(read -> read.contains(SECRET));
        assertThat(readsOf(workshop, workshop.facilitator)).allMatch(read -> read.contains(SECRET));
        assertThat(pdfText(workshop, workshop.facilitator)).contains(SECRET);
        assertThat(valuePropositionNotes(workshop, workshop.mira)).isZero();
        assertThat(valuePropositionNotes(workshop, workshop.facilitator)).isEqualTo(1);
        assertThat(workshop.state(workshop.mira)).containsEntry("hiddenNotes", 0);
        assertThat(workshop.state(workshop.piet)).containsEntry("hiddenNotes", 1);
        assertThat(workshop.state(workshop.facilitator)).containsEntry("hiddenNotes", 1);

        workshop.reveal(null)
                .then()
                .statusCode(200)
                .body("revealed.text", equalTo(List.of(SECRET)))
                .body("revealed[0].hidden", equalTo(false))
                .body("facilitation.hiddenNotes", equalTo(0));

        assertThat(workshop.noteTexts(workshop.mira)).contains(SECRET);
        assertThat(readsOf(workshop, workshop.mira)).allMatch(read -> read.contains(SECRET));
        assertThat(pdfText(workshop, workshop.mira)).contains(SECRET);
        assertThat(valuePropositionNotes(workshop, workshop.mira)).isEqualTo(1);
    }

    @Test
    void revealingOneBlockLeavesTheOtherHiddenNotesHiddenAndHiddenModeOn() {
        Workshop workshop = new Workshop("Per blok onthullen");
        workshop.hiddenMode(true);
        workshop.note(workshop.piet, "channels", "Kanaal van Piet");
        workshop.note(workshop.piet, "customer-segments", "Segment van Piet");
        Map<String, Object> bulk = Map.of(
                "notes",
                List.of(
                        CanvasTestData.noteBody("channels", "Kanaal uit bulk"),
                        CanvasTestData.noteBody("key-partners", "Partner uit bulk")));
        given().auth()
                .oauth2(workshop.facilitator)
                .contentType(ContentType.JSON)
                .body(bulk)
                .when()
                .post("/canvases/{c}/notes/bulk", workshop.canvas)
                .then()
                .statusCode(201)
                .body("notes.hidden", equalTo(List.of(true, true)));
        assertThat(workshop.noteTexts(workshop.mira)).isEmpty();

        workshop.reveal("channels")
                .then()
                .statusCode(200)
                .body("revealed.text", equalTo(List.of("Kanaal van Piet", "Kanaal uit bulk")));

        assertThat(workshop.noteTexts(workshop.mira)).containsExactly("Kanaal van Piet", "Kanaal uit bulk");
        assertThat(workshop.state(workshop.facilitator))
                .containsEntry("hiddenMode", true)
                .containsEntry("hiddenNotes", 2);
        assertThat(workshop.noteTexts(workshop.piet))
                .contains("Segment van Piet")
                .doesNotContain("Partner uit bulk");
        workshop.reveal("channels").then().statusCode(200).body("revealed", equalTo(List.of()));
        workshop.reveal("no-such-block")
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("blockKey")));
    }

    @Test
    void someoneWhoCannotSeeAHiddenNoteCannotChangeMoveRemoveCommentOrVoteOnIt() {
        Workshop workshop = new Workshop("Verborgen en onaantastbaar");
        workshop.hiddenMode(true);
        String secret = workshop.note(workshop.piet, "channels", SECRET);
        String round = workshop.openRound(3, null, null);

        given().auth()
                .oauth2(workshop.mira)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("text", "Overschreven", "colour", "blue", "valueTags", List.of(), "lensTags", List.of()))
                .when()
                .put("/canvases/{c}/notes/{n}", workshop.canvas, secret)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(workshop.mira)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("blockKey", "channels", "position", 0))
                .when()
                .put("/canvases/{c}/notes/{n}/placement", workshop.canvas, secret)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(workshop.mira)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/canvases/{c}/notes/{n}", workshop.canvas, secret)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(workshop.mira)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Ik zie niets"))
                .when()
                .post("/canvases/{c}/notes/{n}/comments", workshop.canvas, secret)
                .then()
                .statusCode(404);
        workshop.vote(workshop.mira, round, secret)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("noteId")));
        workshop.vote(workshop.piet, round, secret).then().statusCode(200);
    }

    /** The note list, the JSON export, the CSV export and the SVG picture, as the caller reads them. */
    private static List<String> readsOf(Workshop workshop, String token) {
        return List.of(
                given().auth()
                        .oauth2(token)
                        .when()
                        .get("/canvases/{c}/notes", workshop.canvas)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                given().auth()
                        .oauth2(token)
                        .when()
                        .get("/canvases/{c}/export", workshop.canvas)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                given().auth()
                        .oauth2(token)
                        .when()
                        .get("/canvases/{c}/notes.csv", workshop.canvas)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                given().auth()
                        .oauth2(token)
                        .when()
                        .get("/canvases/{c}/picture.svg", workshop.canvas)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    }

    private static String pdfText(Workshop workshop, String token) throws IOException {
        byte[] pdf = given().auth()
                .oauth2(token)
                .queryParam("appendix", true)
                .when()
                .get("/canvases/{c}/picture.pdf", workshop.canvas)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static int valuePropositionNotes(Workshop workshop, String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}/progress", workshop.canvas)
                .then()
                .statusCode(200)
                .extract()
                .path("blocks.find { it.blockKey == 'value-proposition' }.notes");
    }
}
