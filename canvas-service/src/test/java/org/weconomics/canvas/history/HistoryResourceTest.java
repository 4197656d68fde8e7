package org.weconomics.canvas.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/** The change log of a canvas and of its notes: who, what, when, before and after. */
@QuarkusTest
class HistoryResourceTest {

    private final String group = CanvasTestData.localGroup();
    private final String kim = TestTokens.member("kim", group);
    private final String lea = TestTokens.member("lea", group);

    @Test
    void theHistoryOfACanvasShowsWhoDidWhatWhenWithTheStateBeforeAndAfter() {
        OffsetDateTime start = OffsetDateTime.now().minusSeconds(1);
        String canvas = CanvasTestData.canvas(kim, group, "Geschiedenis");
        String note = CanvasTestData.note(lea, canvas, "value-proposition", "Eerste versie");
        CanvasTestData.rewrite(kim, canvas, note, "Tweede versie");
        CanvasTestData.move(lea, canvas, note, "channels", 0);
        CanvasTestData.comment(kim, canvas, note, "Waarom hier?");
        given().auth()
                .oauth2(kim)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Geschiedenis v2", "topic", "Catering"))
                .when()
                .put("/canvases/{c}", canvas)
                .then()
                .statusCode(200);

        JsonPath newestFirst = history(kim, canvas, Map.of());
        assertThat(newestFirst.getList("items.sequence", Integer.class)).containsExactly(6, 5, 4, 3, 2, 1);
        assertThat(newestFirst.getList("items.kind", String.class))
                .containsExactly(
                        "updated", "note-comment-added", "note-moved", "note-changed", "note-added", "created");
        assertThat(newestFirst.getList("items.subject", String.class))
                .containsExactly("kim", "kim", "lea", "kim", "lea", "kim");
        assertThat(newestFirst.getLong("totalItems")).isEqualTo(6);
        assertThat(newestFirst.getList("items.occurredAt", String.class))
                .allSatisfy(at -> assertThat(OffsetDateTime.parse(at)).isAfter(start));

        JsonPath updated = JsonPath.from(newestFirst.prettify());
        assertThat(updated.getString("items[0].before.title")).isEqualTo("Geschiedenis");
        assertThat(updated.getString("items[0].after.title")).isEqualTo("Geschiedenis v2");
        assertThat(updated.getString("items[0].noteId")).isNull();
        assertThat(updated.getString("items[1].noteId")).isEqualTo(note);
        assertThat(updated.getString("items[1].after.text")).isEqualTo("Waarom hier?");
        assertThat(updated.getString("items[2].before.blockKey")).isEqualTo("value-proposition");
        assertThat(updated.getString("items[2].after.blockKey")).isEqualTo("channels");
        assertThat(updated.getString("items[3].before.text")).isEqualTo("Eerste versie");
        assertThat(updated.getString("items[3].after.text")).isEqualTo("Tweede versie");
        assertThat(updated.getString("items[4].before")).isNull();
        assertThat(updated.getString("items[4].after.author")).isEqualTo("lea");
        assertThat(updated.getString("items[5].after.status")).isEqualTo("draft");

        JsonPath oldestTwo = history(kim, canvas, Map.of("order", "oldest", "size", 2, "page", 1));
        assertThat(oldestTwo.getList("items.sequence", Integer.class)).containsExactly(3, 4);
        assertThat(oldestTwo.getInt("totalPages")).isEqualTo(3);

        JsonPath notesOnly = history(kim, canvas, Map.of("kind", "note-added,note-moved"));
        assertThat(notesOnly.getList("items.kind", String.class)).containsExactly("note-moved", "note-added");
        assertThat(history(
                                kim,
                                canvas,
                                Map.of(
                                        "since",
                                        OffsetDateTime.now().plusMinutes(1).toString()))
                        .getList("items"))
                .isEmpty();
        assertThat(history(kim, canvas, Map.of("since", start.toString())).getList("items"))
                .hasSize(6);
    }

    @Test
    void aRemovedNoteKeepsItsHistory() {
        String canvas = CanvasTestData.canvas(kim, group, "Weggehaald");
        String other = CanvasTestData.note(kim, canvas, "channels", "Blijft");
        String note = CanvasTestData.note(kim, canvas, "channels", "Gaat weg");
        CanvasTestData.rewrite(lea, canvas, note, "Gaat echt weg");
        CanvasTestData.rewrite(kim, canvas, other, "Blijft, anders");
        CanvasTestData.remove(lea, canvas, note);

        given().auth()
                .oauth2(kim)
                .queryParam("order", "oldest")
                .when()
                .get("/canvases/{c}/notes/{n}/history", canvas, note)
                .then()
                .statusCode(200)
                .body("items.kind", equalTo(List.of("note-added", "note-changed", "note-removed")))
                .body("items.subject", equalTo(List.of("kim", "lea", "lea")))
                .body("items.noteId", equalTo(List.of(note, note, note)))
                .body("items[2].before.text", equalTo("Gaat echt weg"))
                .body("items[2].before.position", equalTo(1))
                .body("items[2].after", nullValue())
                .body("totalItems", equalTo(3));
        given().auth()
                .oauth2(kim)
                .when()
                .get("/canvases/{c}/notes/{n}/history", canvas, other)
                .then()
                .statusCode(200)
                .body("items", hasSize(2));
    }

    @Test
    void historiesAreReadLikeTheirCanvasAndRefuseWrongParameters() {
        String canvas = CanvasTestData.canvas(kim, group, "Toegang");
        String note = CanvasTestData.note(kim, canvas, "channels", "Iets");
        String outsider = TestTokens.member("tom", CanvasTestData.localGroup());

        given().auth()
                .oauth2(outsider)
                .when()
                .get("/canvases/{c}/history", canvas)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(outsider)
                .when()
                .get("/canvases/{c}/notes/{n}/history", canvas, note)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(kim)
                .when()
                .get("/canvases/{c}/notes/{n}/history", canvas, java.util.UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/canvases/{c}/history", canvas).then().statusCode(401);
        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .when()
                .get("/canvases/{c}/history", canvas)
                .then()
                .statusCode(200)
                .body("items", hasSize(2));

        for (Map.Entry<String, String> wrong : Map.of(
                        "order", "random", "kind", "note-exploded", "since", "gisteren", "size", "0")
                .entrySet()) {
            given().auth()
                    .oauth2(kim)
                    .queryParam(wrong.getKey(), wrong.getValue())
                    .when()
                    .get("/canvases/{c}/history", canvas)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("invalidFields.field[0]", org.hamcrest.Matchers.endsWith(wrong.getKey()));
        }
    }

    private static JsonPath history(String token, String canvas, Map<String, ?> query) {
        return given().auth()
                .oauth2(token)
                .queryParams(query)
                .when()
                .get("/canvases/{c}/history", canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
