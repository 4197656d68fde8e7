package org.weconomics.canvas.concurrency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/**
 * A front-end keeps the ETag a write answers and sends it with its next write: so every write of the canvas service
 * that moves a version answers the ETag a fresh read of the same resource gives — the canvas, a note, the
 * facilitation state — and never one that is stale already.
 */
@QuarkusTest
class EveryWriteSendsTheETagOfAFreshReadTest {

    private final String group = CanvasTestData.localGroup();
    private final String ines = TestTokens.member("ines", group);

    @Test
    void theCanvasWritesAnswerTheCanvasesCurrentETag() {
        Response created = write("POST", "/canvases", CanvasTestData.canvasBody(group, "ETags van een canvas"), null);
        assertThat(created.statusCode()).isEqualTo(201);
        String canvas = "/canvases/" + created.path("id");
        assertSameAsFreshRead(created, canvas);

        Response updated = write(
                "PUT", canvas, Map.of("title", "ETags, herschreven", "topic", "Wat een versie dekt"), etag(canvas));
        assertThat(updated.statusCode()).isEqualTo(200);
        assertSameAsFreshRead(updated, canvas);

        Response moved = write("PUT", canvas + "/status", Map.of("status", "in-workshop"), etag(canvas));
        assertThat(moved.statusCode()).isEqualTo(200);
        assertSameAsFreshRead(moved, canvas);

        // A restore changes the notes and moves the canvas's version, so that a second restore on the same ETag is 412.
        Response snapshot = write("POST", canvas + "/snapshots", Map.of("name", "Begin"), null);
        assertThat(snapshot.statusCode()).isEqualTo(201);
        CanvasTestData.note(ines, created.path("id"), "value-proposition", "Na de momentopname");
        Response restored =
                write("POST", canvas + "/snapshots/" + snapshot.path("id") + "/restore", null, etag(canvas));
        assertThat(restored.statusCode()).as(restored.asString()).isEqualTo(200);
        assertSameAsFreshRead(restored, canvas);
    }

    @Test
    void theNoteWritesAnswerTheNotesCurrentETag() {
        String canvasId = CanvasTestData.canvas(ines, group, "ETags van notities");
        Response added = write(
                "POST",
                "/canvases/" + canvasId + "/notes",
                CanvasTestData.noteBody("value-proposition", "Een notitie"),
                null);
        assertThat(added.statusCode()).isEqualTo(201);
        String note = "/canvases/" + canvasId + "/notes/" + added.path("id");
        assertSameAsFreshRead(added, note);

        Response rewritten = write(
                "PUT",
                note,
                Map.of("text", "Herschreven", "colour", "green", "valueTags", List.of(), "lensTags", List.of()),
                etag(note));
        assertThat(rewritten.statusCode()).as(rewritten.asString()).isEqualTo(200);
        assertSameAsFreshRead(rewritten, note);

        Response placed = write("PUT", note + "/placement", Map.of("blockKey", "channels", "position", 0), etag(note));
        assertThat(placed.statusCode()).as(placed.asString()).isEqualTo(200);
        assertSameAsFreshRead(placed, note);
    }

    @Test
    void theFacilitationWritesAnswerTheFacilitationStatesCurrentETag() {
        String canvasId = CanvasTestData.canvas(ines, group, "ETags van de begeleiding");
        String facilitation = "/canvases/" + canvasId + "/facilitation";
        CanvasTestData.note(ines, canvasId, "value-proposition", "Om op te stemmen");

        Response hidden = write("PUT", facilitation + "/hidden-mode", Map.of("hiddenMode", true), etag(facilitation));
        assertThat(hidden.statusCode()).as(hidden.asString()).isEqualTo(200);
        assertSameAsFreshRead(hidden, facilitation);

        Response revealed = write("POST", facilitation + "/reveal", Map.of(), etag(facilitation));
        assertThat(revealed.statusCode()).as(revealed.asString()).isEqualTo(200);
        assertSameAsFreshRead(revealed, facilitation);

        Response focused =
                write("PUT", facilitation + "/focus", Map.of("blockKey", "value-proposition"), etag(facilitation));
        assertThat(focused.statusCode()).as(focused.asString()).isEqualTo(200);
        assertSameAsFreshRead(focused, facilitation);

        Response opened = write(
                "POST",
                "/canvases/" + canvasId + "/voting-rounds",
                Map.of("votesPerParticipant", 3),
                etag(facilitation));
        assertThat(opened.statusCode()).as(opened.asString()).isEqualTo(201);
        assertSameAsFreshRead(opened, facilitation);

        Response closed = write(
                "POST",
                "/canvases/" + canvasId + "/voting-rounds/" + opened.path("openRound.id") + "/close",
                null,
                etag(facilitation));
        assertThat(closed.statusCode()).as(closed.asString()).isEqualTo(200);
        assertSameAsFreshRead(closed, facilitation);

        Response locked = write("PUT", facilitation + "/lock", Map.of("locked", true), etag(facilitation));
        assertThat(locked.statusCode()).as(locked.asString()).isEqualTo(200);
        assertSameAsFreshRead(locked, facilitation);
    }

    private void assertSameAsFreshRead(Response written, String resource) {
        assertThat(written.header("ETag"))
                .as("ETag of the write, against a fresh GET " + resource)
                .isNotNull()
                .isEqualTo(etag(resource));
    }

    private String etag(String resource) {
        Response read = given().auth().oauth2(ines).when().get(resource);
        assertThat(read.statusCode()).as(read.asString()).isEqualTo(200);
        return read.header("ETag");
    }

    private Response write(String method, String path, Object body, String ifMatch) {
        var request = given().auth().oauth2(ines);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().request(method, path);
    }
}
