package org.weconomics.canvas.facilitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.feed.CanvasFeed;
import org.weconomics.canvas.feed.SseClient;

/** A hidden note stays out of other participants' history and live feed until the facilitator reveals it. */
@QuarkusTest
class HiddenNotesInHistoryAndFeedTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    private static final String SECRET = "Nog geheim idee";

    @TestHTTPResource("/")
    URL base;

    @Inject
    CanvasFeed feed;

    @Test
    void otherParticipantsLearnOfAHiddenNoteOnlyWhenItIsRevealed() {
        await().atMost(Duration.ofSeconds(30)).until(feed::isReceivingChanges);
        Workshop workshop = new Workshop("Verborgen in de feed");
        workshop.hiddenMode(true);
        SseClient miraScreen = SseClient.open(feedOf(workshop), workshop.mira, null);
        SseClient facilitatorScreen = SseClient.open(feedOf(workshop), workshop.facilitator, null);
        SseClient pietScreen = SseClient.open(feedOf(workshop), workshop.piet, null);

        String secret = workshop.note(workshop.piet, "value-proposition", SECRET);
        await().atMost(PROMPTLY).until(() -> facilitatorScreen.events().size() == 1);
        await().atMost(PROMPTLY).until(() -> pietScreen.events().size() == 1);
        // Hidden mode is still on: Mira's note is hidden from Piet as his is from her.
        workshop.note(workshop.mira, "channels", "Ook verborgen tot de onthulling");
        workshop.reveal(null).then().statusCode(200);

        await().atMost(PROMPTLY).until(() -> miraScreen.events().size() == 2);
        await().atMost(PROMPTLY).until(() -> facilitatorScreen.events().size() == 3);
        assertThat(miraScreen.events())
                .extracting(SseClient.Event::name)
                .containsExactly("note-added", "notes-revealed");
        assertThat(miraScreen.events().get(0).data())
                .contains("Ook verborgen tot de onthulling")
                .doesNotContain(SECRET);
        assertThat(miraScreen.events().get(1).data()).contains(SECRET, secret);
        assertThat(facilitatorScreen.events())
                .extracting(SseClient.Event::name)
                .containsExactly("note-added", "note-added", "notes-revealed");
        assertThat(facilitatorScreen.events().get(0).data()).contains(SECRET);
        miraScreen.close();
        facilitatorScreen.close();
        pietScreen.close();

        assertThat(historyKinds(workshop, workshop.mira))
                .containsExactly("created", "hidden-mode-switched", "note-added", "notes-revealed");
        assertThat(historyKinds(workshop, workshop.piet))
                .containsExactly("created", "hidden-mode-switched", "note-added", "notes-revealed");
        assertThat(historyKinds(workshop, workshop.facilitator))
                .containsExactly("created", "hidden-mode-switched", "note-added", "note-added", "notes-revealed");
        given().auth()
                .oauth2(workshop.mira)
                .queryParam("order", "oldest")
                .when()
                .get("/canvases/{c}/notes/{n}/history", workshop.canvas, secret)
                .then()
                .statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.empty());
    }

    @Test
    void aSnapshotShowsAHiddenNoteOnlyToItsAuthorAndTheFacilitator() {
        Workshop workshop = new Workshop("Verborgen in een momentopname");
        workshop.note(workshop.mira, "channels", "Zichtbaar voor iedereen");
        workshop.hiddenMode(true);
        workshop.note(workshop.piet, "value-proposition", SECRET);
        String snapshot = given().auth()
                .oauth2(workshop.mira)
                .contentType("application/json")
                .body(java.util.Map.of("name", "Voor de onthulling"))
                .when()
                .post("/canvases/{c}/snapshots", workshop.canvas)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        assertThat(snapshotTexts(workshop, workshop.mira, snapshot)).containsExactly("Zichtbaar voor iedereen");
        assertThat(snapshotTexts(workshop, workshop.facilitator, snapshot)).contains(SECRET);
        assertThat(snapshotTexts(workshop, workshop.piet, snapshot)).contains(SECRET);
        workshop.note(workshop.piet, "channels", "Nog een verborgen idee");
        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/snapshots/{s}/compare", workshop.canvas, snapshot)
                .then()
                .statusCode(200)
                .body("added", org.hamcrest.Matchers.empty());
    }

    private static List<String> snapshotTexts(Workshop workshop, String token, String snapshot) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}/snapshots/{s}", workshop.canvas, snapshot)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("notes.text", String.class);
    }

    private static List<String> historyKinds(Workshop workshop, String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("order", "oldest")
                .when()
                .get("/canvases/{c}/history", workshop.canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.kind", String.class);
    }

    private URI feedOf(Workshop workshop) {
        return URI.create(base.toString()).resolve("/canvases/" + workshop.canvas + "/feed");
    }
}
