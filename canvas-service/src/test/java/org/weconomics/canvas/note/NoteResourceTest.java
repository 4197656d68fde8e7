package org.weconomics.canvas.note;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class NoteResourceTest {

    private final String group = CanvasTestData.localGroup();
    private final String noor = TestTokens.member("noor", group);

    @Test
    void aNoteIsPutInABlockWithColourAndTheTemplatesTags() {
        String canvas = CanvasTestData.canvas(noor, group, "Notities");
        Map<String, Object> body = CanvasTestData.noteBody("value-proposition", "Warme maaltijden");
        body.put("colour", "green");
        body.put("valueTags", List.of("social", "ecological"));

        String id = CanvasTestData.note(noor, canvas, body);

        given().auth()
                .oauth2(noor)
                .when()
                .get("/canvases/{c}/notes/{n}", canvas, id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("blockKey", equalTo("value-proposition"))
                .body("position", equalTo(0))
                .body("colour", equalTo("green"))
                .body("valueTags", equalTo(List.of("social", "ecological")))
                .body("author", equalTo("noor"));
    }

    @Test
    void theNotesOfACanvasComeInPagesLikeEveryList() {
        String canvas = CanvasTestData.canvas(noor, group, "Notities in pagina's");
        CanvasTestData.note(noor, canvas, "key-partners", "Partner");
        CanvasTestData.note(noor, canvas, "value-proposition", "Eerste waarde");
        CanvasTestData.note(noor, canvas, "value-proposition", "Tweede waarde");

        given().auth()
                .oauth2(noor)
                .queryParam("page", 1)
                .queryParam("size", 2)
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .statusCode(200)
                // In the template's block order: value proposition before key partners.
                .body("items.text", equalTo(List.of("Partner")))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        given().auth()
                .oauth2(noor)
                .queryParam("size", 201)
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("size")));
    }

    @Test
    void onlyTheTemplatesBlocksValueTagsAndLensesAreAccepted() {
        String canvas = CanvasTestData.canvas(noor, group, "Strenge notities");
        Map<String, Object> body = CanvasTestData.noteBody("no-such-block", "Ergens");
        body.put("lensTags", List.of("apart-together"));
        given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/canvases/{c}/notes", canvas)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItems("blockKey", "lensTags[0]"));

        Map<String, Object> bmc = CanvasTestData.canvasBody(group, "Klassiek BMC");
        bmc.put("templateKey", "business-model-canvas");
        String classic = CanvasTestData.canvas(noor, bmc);
        Map<String, Object> tagged = CanvasTestData.noteBody("key-partners", "Gemeente");
        tagged.put("valueTags", List.of("social"));
        given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .body(tagged)
                .when()
                .post("/canvases/{c}/notes", classic)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("valueTags[0]")));

        Map<String, Object> cmc = CanvasTestData.canvasBody(group, "CMC");
        cmc.put("templateKey", "community-model-canvas");
        String community = CanvasTestData.canvas(noor, cmc);
        Map<String, Object> lens = CanvasTestData.noteBody("coordination", "Eén loket");
        lens.put("lensTags", List.of("apart-together"));
        CanvasTestData.note(noor, community, lens);

        given().auth()
                .oauth2(noor)
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void notesAreEditedMovedReorderedAndRemovedKeepingTheOrderWithoutGaps() {
        String canvas = CanvasTestData.canvas(noor, group, "Herschikken");
        String a = CanvasTestData.note(noor, canvas, "key-activities", "A");
        String b = CanvasTestData.note(noor, canvas, "key-activities", "B");
        String c = CanvasTestData.note(noor, canvas, "key-activities", "C");
        Map<String, Object> first = CanvasTestData.noteBody("key-activities", "Eerst");
        first.put("position", 0);
        CanvasTestData.note(noor, canvas, first);
        assertThat(CanvasTestData.textsIn(noor, canvas, "key-activities")).containsExactly("Eerst", "A", "B", "C");

        place(canvas, c, 0, "key-activities", 1)
                .statusCode(200)
                .body("position", equalTo(1))
                .header("ETag", "\"1\"");
        assertThat(CanvasTestData.textsIn(noor, canvas, "key-activities")).containsExactly("Eerst", "C", "A", "B");

        place(canvas, a, 0, "channels", 0).statusCode(200).body("blockKey", equalTo("channels"));
        assertThat(CanvasTestData.textsIn(noor, canvas, "key-activities")).containsExactly("Eerst", "C", "B");
        assertThat(CanvasTestData.textsIn(noor, canvas, "channels")).containsExactly("A");

        given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "text",
                        "B, herschreven",
                        "colour",
                        "pink",
                        "valueTags",
                        List.of("economic"),
                        "lensTags",
                        List.of()))
                .when()
                .put("/canvases/{c}/notes/{n}", canvas, b)
                .then()
                .statusCode(200)
                .body("text", equalTo("B, herschreven"))
                .body("colour", equalTo("pink"));

        given().auth()
                .oauth2(noor)
                .header("If-Match", "\"1\"")
                .when()
                .delete("/canvases/{c}/notes/{n}", canvas, c)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(noor)
                .queryParam("blockKey", "key-activities")
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .body("items.text", equalTo(List.of("Eerst", "B, herschreven")))
                .body("items.position", equalTo(List.of(0, 1)));

        place(canvas, b, 1, "key-activities", 5).statusCode(400).body("invalidFields.field", hasItem("position"));
        place(canvas, b, 1, "nowhere", 0).statusCode(400).body("invalidFields.field", hasItem("blockKey"));
    }

    @Test
    void aStaleIfMatchOnANoteGets412WithItsCurrentStateAndChangesNothing() {
        String canvas = CanvasTestData.canvas(noor, group, "Gelijktijdig");
        String note = CanvasTestData.note(noor, canvas, "channels", "Origineel");
        given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("text", "Eerste", "colour", "yellow", "valueTags", List.of(), "lensTags", List.of()))
                .when()
                .put("/canvases/{c}/notes/{n}", canvas, note)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("text", "Verouderd", "colour", "yellow", "valueTags", List.of(), "lensTags", List.of()))
                .when()
                .put("/canvases/{c}/notes/{n}", canvas, note)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"")
                .body("current.text", equalTo("Eerste"));
        place(canvas, note, 0, "key-activities", 0).statusCode(412);
        given().auth()
                .oauth2(noor)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/canvases/{c}/notes/{n}", canvas, note)
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .body(Map.of("text", "Zonder", "colour", "yellow", "valueTags", List.of(), "lensTags", List.of()))
                .when()
                .put("/canvases/{c}/notes/{n}", canvas, note)
                .then()
                .statusCode(428);

        given().auth()
                .oauth2(noor)
                .when()
                .get("/canvases/{c}/notes/{n}", canvas, note)
                .then()
                .statusCode(200)
                .body("text", equalTo("Eerste"))
                .body("blockKey", equalTo("channels"))
                .header("ETag", "\"1\"");
    }

    @Test
    void aFacilitatorPastesTwentyNotesAtOnce() {
        String canvas = CanvasTestData.canvas(noor, group, "Bulk");
        List<Map<String, Object>> notes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            notes.add(CanvasTestData.noteBody(i % 2 == 0 ? "customer-segments" : "revenue-streams", "Notitie " + i));
        }

        given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .body(Map.of("notes", notes))
                .when()
                .post("/canvases/{c}/notes/bulk", canvas)
                .then()
                .statusCode(201)
                .body("notes", hasSize(20))
                .body("notes[19].position", equalTo(9));

        assertThat(CanvasTestData.textsIn(noor, canvas, "customer-segments"))
                .hasSize(10)
                .startsWith("Notitie 0", "Notitie 2");
    }

    @Test
    void aBulkAddWithOneWrongNoteAddsNothingAndNamesTheWrongFields() {
        String canvas = CanvasTestData.canvas(noor, group, "Bulk fout");
        List<Map<String, Object>> notes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            notes.add(CanvasTestData.noteBody("channels", "Notitie " + i));
        }
        notes.set(3, new HashMap<>(Map.of("blockKey", "channels", "text", " ")));
        Map<String, Object> wrongTag = CanvasTestData.noteBody("nowhere", "Fout blok");
        wrongTag.put("valueTags", List.of("social", "social"));
        notes.set(4, wrongTag);

        given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .body(Map.of("notes", notes))
                .when()
                .post("/canvases/{c}/notes/bulk", canvas)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", equalTo(List.of("notes[3].text")));

        notes.set(3, CanvasTestData.noteBody("channels", "Hersteld"));
        given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .body(Map.of("notes", notes))
                .when()
                .post("/canvases/{c}/notes/bulk", canvas)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", equalTo(List.of("notes[4].blockKey", "notes[4].valueTags[1]")));

        given().auth()
                .oauth2(noor)
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .body("items", hasSize(0));
    }

    @Test
    void commentsOnANoteAreListedOldestFirstInPages() {
        String canvas = CanvasTestData.canvas(noor, group, "Commentaar");
        String note = CanvasTestData.note(noor, canvas, "value-proposition", "Lokale groenten");
        CanvasTestData.comment(noor, canvas, note, "Welke boeren?");
        CanvasTestData.comment(TestTokens.member("jef", group), canvas, note, "De coöperatie");

        given().auth()
                .oauth2(noor)
                .when()
                .get("/canvases/{c}/notes/{n}/comments", canvas, note)
                .then()
                .statusCode(200)
                .body("items.text", equalTo(List.of("Welke boeren?", "De coöperatie")))
                .body("items.author", equalTo(List.of("noor", "jef")))
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(noor)
                .queryParam("page", 1)
                .queryParam("size", 1)
                .when()
                .get("/canvases/{c}/notes/{n}/comments", canvas, note)
                .then()
                .statusCode(200)
                .body("items.text", equalTo(List.of("De coöperatie")))
                .body("totalPages", equalTo(2));
    }

    private io.restassured.response.ValidatableResponse place(
            String canvas, String note, long version, String block, int position) {
        return given().auth()
                .oauth2(noor)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("blockKey", block, "position", position))
                .when()
                .put("/canvases/{c}/notes/{n}/placement", canvas, note)
                .then();
    }
}
