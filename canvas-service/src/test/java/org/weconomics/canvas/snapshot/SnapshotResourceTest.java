package org.weconomics.canvas.snapshot;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/** Named snapshots: taken, listed, compared, and restored as a new head with the history kept. */
@QuarkusTest
class SnapshotResourceTest {

    private final String group = CanvasTestData.localGroup();
    private final String kim = TestTokens.member("kim", group);

    @Test
    void restoringASnapshotMakesItsNotesTheNewHeadAndKeepsTheHistory() {
        String canvas = CanvasTestData.canvas(kim, group, "Herstel");
        String a = CanvasTestData.note(kim, canvas, "value-proposition", "A");
        String b = CanvasTestData.note(kim, canvas, "value-proposition", "B");
        String c = CanvasTestData.note(kim, canvas, "channels", "C");
        CanvasTestData.comment(kim, canvas, b, "Over B");
        List<Map<String, Object>> atSnapshot = notes(canvas);
        JsonPath snapshot =
                take(canvas, "Einde werkdag 1", null).statusCode(201).extract().jsonPath();
        String snapshotId = snapshot.getString("id");
        assertThat(snapshot.getLong("sequence")).isEqualTo(5);
        assertThat(snapshot.getInt("noteCount")).isEqualTo(3);
        assertThat(snapshot.getList("comments.text", String.class)).containsExactly("Over B");

        // The afternoon: B goes, C changes and moves, D arrives on top, A moves down.
        CanvasTestData.remove(kim, canvas, b);
        CanvasTestData.rewrite(kim, canvas, c, "C, herschreven");
        CanvasTestData.move(kim, canvas, c, "value-proposition", 0);
        String d = CanvasTestData.note(kim, canvas, "channels", "D");
        CanvasTestData.move(kim, canvas, a, "channels", 1);
        long beforeRestore = lastSequence(canvas);
        assertThat(beforeRestore).isEqualTo(10);

        String canvasTag = CanvasTestData.canvasTag(kim, canvas);
        JsonPath restored = given().auth()
                .oauth2(kim)
                .header("If-Match", canvasTag)
                .when()
                .post("/canvases/{c}/snapshots/{s}/restore", canvas, snapshotId)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .extract()
                .jsonPath();
        assertThat(restored.getLong("fromSequence")).isEqualTo(10);
        assertThat(restored.getLong("toSequence")).isEqualTo(lastSequence(canvas));
        assertThat(restored.getLong("changes")).isEqualTo(restored.getLong("toSequence") - 10);

        assertThat(notes(canvas))
                .extracting(
                        note -> List.of(note.get("id"), note.get("blockKey"), note.get("position"), note.get("text")))
                .containsExactlyElementsOf(atSnapshot.stream()
                        .map(note ->
                                List.of(note.get("id"), note.get("blockKey"), note.get("position"), note.get("text")))
                        .toList());
        given().auth()
                .oauth2(kim)
                .when()
                .get("/canvases/{c}/notes/{n}/comments", canvas, b)
                .then()
                .statusCode(200)
                .body("items.text", equalTo(List.of("Over B")));

        JsonPath history = given().auth()
                .oauth2(kim)
                .queryParam("order", "oldest")
                .queryParam("size", 200)
                .when()
                .get("/canvases/{c}/history", canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Integer> sequences = history.getList("items.sequence", Integer.class);
        assertThat(sequences).hasSize((int) restored.getLong("toSequence"));
        List<String> kinds = history.getList("items.kind", String.class);
        assertThat(kinds.subList(5, 10))
                .containsExactly("note-removed", "note-changed", "note-moved", "note-added", "note-moved");
        List<String> restoreKinds = kinds.subList(10, kinds.size());
        assertThat(restoreKinds).contains("note-removed", "note-changed", "note-added", "note-comment-added");
        assertThat(history.getList("items.findAll { it.sequence > 10 && it.kind == 'note-removed' }.noteId"))
                .containsExactly(d);
        assertThat(history.getList("items.findAll { it.sequence > 10 && it.kind == 'note-added' }.noteId"))
                .containsExactly(b);

        given().auth()
                .oauth2(kim)
                .header("If-Match", canvasTag)
                .when()
                .post("/canvases/{c}/snapshots/{s}/restore", canvas, snapshotId)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(kim)
                .when()
                .post("/canvases/{c}/snapshots/{s}/restore", canvas, snapshotId)
                .then()
                .statusCode(428);
    }

    @Test
    void aRestoreIsUndoneByRestoringASnapshotTakenBeforeIt() {
        String canvas = CanvasTestData.canvas(kim, group, "Ongedaan");
        CanvasTestData.note(kim, canvas, "channels", "Ochtend");
        String morning = take(canvas, "Ochtend", null).statusCode(201).extract().path("id");
        CanvasTestData.note(kim, canvas, "channels", "Middag");
        List<Map<String, Object>> afternoon = notes(canvas);
        String beforeRestore =
                take(canvas, "Voor het herstel", null).statusCode(201).extract().path("id");

        restore(canvas, morning);
        assertThat(notes(canvas)).extracting(note -> note.get("text")).containsExactly("Ochtend");
        restore(canvas, beforeRestore);

        assertThat(notes(canvas))
                .extracting(note -> List.of(note.get("id"), note.get("position"), note.get("text")))
                .containsExactlyElementsOf(afternoon.stream()
                        .map(note -> List.of(note.get("id"), note.get("position"), note.get("text")))
                        .toList());
    }

    @Test
    void compareListsAddedMovedChangedAndRemovedNotes() {
        String canvas = CanvasTestData.canvas(kim, group, "Vergelijken");
        String a = CanvasTestData.note(kim, canvas, "channels", "A");
        String b = CanvasTestData.note(kim, canvas, "channels", "B");
        String c = CanvasTestData.note(kim, canvas, "channels", "C");
        String first = take(canvas, "Eerst", null).statusCode(201).extract().path("id");
        CanvasTestData.remove(kim, canvas, a);
        CanvasTestData.rewrite(kim, canvas, b, "B, anders");
        CanvasTestData.move(kim, canvas, c, "key-partners", 0);
        String d = CanvasTestData.note(kim, canvas, "channels", "D");
        String second = take(canvas, "Daarna", null).statusCode(201).extract().path("id");
        CanvasTestData.rewrite(kim, canvas, d, "D, anders");

        JsonPath toSecond = compare(canvas, first, second);
        assertThat(toSecond.getString("from.name")).isEqualTo("Eerst");
        assertThat(toSecond.getString("to.snapshotId")).isEqualTo(second);
        assertThat(toSecond.getList("added.noteId")).containsExactly(d);
        assertThat(toSecond.getString("added[0].before")).isNull();
        assertThat(toSecond.getList("removed.noteId")).containsExactly(a);
        assertThat(toSecond.getString("removed[0].before.text")).isEqualTo("A");
        assertThat(toSecond.getList("changed.noteId")).containsExactly(b);
        assertThat(toSecond.getString("changed[0].before.text")).isEqualTo("B");
        assertThat(toSecond.getString("changed[0].after.text")).isEqualTo("B, anders");
        assertThat(toSecond.getList("moved.noteId")).containsExactly(c);
        assertThat(toSecond.getString("moved[0].before.blockKey")).isEqualTo("channels");
        assertThat(toSecond.getString("moved[0].after.blockKey")).isEqualTo("key-partners");

        JsonPath toNow = compare(canvas, second, null);
        assertThat(toNow.getString("to.snapshotId")).isNull();
        assertThat(toNow.getLong("to.sequence")).isEqualTo(lastSequence(canvas));
        assertThat(toNow.getList("changed.noteId")).containsExactly(d);
        assertThat(toNow.getList("added")).isEmpty();
        assertThat(toNow.getList("moved")).isEmpty();
        assertThat(toNow.getList("removed")).isEmpty();

        given().auth()
                .oauth2(kim)
                .queryParam("to", "gisteren")
                .when()
                .get("/canvases/{c}/snapshots/{s}/compare", canvas, first)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("to")));
    }

    @Test
    void snapshotsAreListedNewestFirstReadWithTheirNotesAndTakenOnceperIdempotencyKey() {
        String canvas = CanvasTestData.canvas(kim, group, "Lijst");
        CanvasTestData.note(kim, canvas, "channels", "Iets");
        String key = UUID.randomUUID().toString();
        String first = take(canvas, "Eén", key).statusCode(201).extract().path("id");
        take(canvas, "Eén", key)
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        take(canvas, "Twee", null).statusCode(201);
        take(canvas, " ", null).statusCode(400).body("invalidFields.field", equalTo(List.of("name")));

        given().auth()
                .oauth2(kim)
                .when()
                .get("/canvases/{c}/snapshots", canvas)
                .then()
                .statusCode(200)
                .body("items.name", equalTo(List.of("Twee", "Eén")))
                .body("items[0].noteCount", equalTo(1))
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(kim)
                .when()
                .get("/canvases/{c}/snapshots/{s}", canvas, first)
                .then()
                .statusCode(200)
                .body("notes.text", equalTo(List.of("Iets")))
                .body("notes[0].blockKey", equalTo("channels"));

        String outsider = TestTokens.member("tom", CanvasTestData.localGroup());
        given().auth()
                .oauth2(outsider)
                .when()
                .get("/canvases/{c}/snapshots/{s}", canvas, first)
                .then()
                .statusCode(404);
        String elsewhere = CanvasTestData.canvas(kim, group, "Elders");
        given().auth()
                .oauth2(kim)
                .when()
                .get("/canvases/{c}/snapshots/{s}", elsewhere, first)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private io.restassured.response.ValidatableResponse take(String canvas, String name, String idempotencyKey) {
        var request = given().auth().oauth2(kim).contentType(ContentType.JSON).body(Map.of("name", name));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/canvases/{c}/snapshots", canvas).then();
    }

    private void restore(String canvas, String snapshot) {
        given().auth()
                .oauth2(kim)
                .header("If-Match", CanvasTestData.canvasTag(kim, canvas))
                .when()
                .post("/canvases/{c}/snapshots/{s}/restore", canvas, snapshot)
                .then()
                .statusCode(200);
    }

    private JsonPath compare(String canvas, String from, String to) {
        var request = given().auth().oauth2(kim);
        if (to != null) {
            request = request.queryParam("to", to);
        }
        return request.when()
                .get("/canvases/{c}/snapshots/{s}/compare", canvas, from)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private List<Map<String, Object>> notes(String canvas) {
        return given().auth()
                .oauth2(kim)
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.notNullValue())
                .extract()
                .jsonPath()
                .getList("items");
    }

    private long lastSequence(String canvas) {
        return given().auth()
                .oauth2(kim)
                .queryParam("size", 1)
                .when()
                .get("/canvases/{c}/history", canvas)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .jsonPath()
                .getLong("items[0].sequence");
    }
}
