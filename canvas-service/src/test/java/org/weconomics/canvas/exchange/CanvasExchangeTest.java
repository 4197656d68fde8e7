package org.weconomics.canvas.exchange;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.canvas.people.Members;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class CanvasExchangeTest {

    private final String gent = CanvasTestData.localGroup();
    private final String brugge = CanvasTestData.localGroup();
    private final String an = TestTokens.member("an", gent, brugge);

    @Test
    void anExportImportedIntoAnotherLocalGroupGivesAnEqualCanvas() {
        Map<String, Object> cmc = CanvasTestData.canvasBody(gent, "CMC lokale voeding");
        cmc.put("templateKey", "community-model-canvas");
        Members.register(gent, "sam");
        cmc.put("facilitator", "sam");
        String original = CanvasTestData.canvas(an, cmc);
        Map<String, Object> tagged = CanvasTestData.noteBody("coordination", "Eén digitaal loket, \"samen\"");
        tagged.put("lensTags", List.of("apart-together", "back-to-basic"));
        tagged.put("colour", "purple");
        String loket = CanvasTestData.note(an, original, tagged);
        CanvasTestData.note(an, original, "coordination", "Gedeelde planning");
        Map<String, Object> first = CanvasTestData.noteBody("coordination", "Vooraan");
        first.put("position", 0);
        CanvasTestData.note(an, original, first);
        CanvasTestData.note(TestTokens.member("bo", gent), original, "demanders", "Restaurants");
        CanvasTestData.comment(an, original, loket, "Wie beheert het?");
        CanvasTestData.comment(TestTokens.member("bo", gent), original, loket, "De coöperatie");
        given().auth()
                .oauth2(an)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "in-workshop"))
                .when()
                .put("/canvases/{id}/status", original)
                .then()
                .statusCode(200);

        Map<String, Object> exported = export(original);
        assertThat(exported).containsEntry("format", "weconomics-canvas").containsEntry("formatVersion", 1);

        String imported = given().auth()
                .oauth2(an)
                .contentType(ContentType.JSON)
                .queryParam("localGroup", brugge)
                .body(exported)
                .when()
                .post("/canvases/import")
                .then()
                .statusCode(201)
                .body("localGroup", equalTo(brugge))
                .body("status", equalTo("draft"))
                .body("facilitator", equalTo("an"))
                .extract()
                .path("id");

        assertThat(imported).isNotEqualTo(original);
        Map<String, Object> reexported = export(imported);
        assertThat(withoutServerOwnedFields(reexported)).isEqualTo(withoutServerOwnedFields(exported));
        // Four notes and two comments, all written by the importer now.
        assertThat(valuesOf(reexported, "author")).hasSize(6).containsOnly("an");
        assertThat(CanvasTestData.textsIn(an, imported, "coordination"))
                .containsExactly("Vooraan", "Eén digitaal loket, \"samen\"", "Gedeelde planning");
    }

    @Test
    void anImportThatDoesNotFitItsTemplateIsRefusedNamingTheFieldsAndCreatesNothing() {
        String original = CanvasTestData.canvas(an, gent, "Te importeren");
        CanvasTestData.note(an, original, "channels", "Webshop");
        Map<String, Object> exported = export(original);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> blocks = (List<Map<String, Object>>) exported.get("blocks");
        Map<String, Object> channels = blocks.stream()
                .filter(block -> "channels".equals(block.get("key")))
                .findFirst()
                .orElseThrow();
        int channelsIndex = blocks.indexOf(channels);
        channels.put("key", "kanalen");
        @SuppressWarnings("unchecked")
        Map<String, Object> note = ((List<Map<String, Object>>) channels.get("notes")).get(0);
        note.put("valueTags", List.of("economic", "economic"));
        Map<String, Object> broken = exported;

        given().auth()
                .oauth2(an)
                .contentType(ContentType.JSON)
                .queryParam("localGroup", brugge)
                .body(broken)
                .when()
                .post("/canvases/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "invalidFields.field",
                        hasItems(
                                "blocks[" + channelsIndex + "].key",
                                "blocks[" + channelsIndex + "].notes[0].valueTags[1]"));

        given().auth()
                .oauth2(an)
                .queryParam("localGroup", brugge)
                .when()
                .get("/canvases")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void theNotesExportAsCsvInBlockOrder() {
        String canvas = CanvasTestData.canvas(an, gent, "CSV");
        Map<String, Object> tagged = CanvasTestData.noteBody("value-proposition", "Gezond, lokaal en \"eerlijk\"");
        tagged.put("valueTags", List.of("social", "ecological"));
        CanvasTestData.note(an, canvas, tagged);
        CanvasTestData.note(an, canvas, "customer-segments", "=HYPERLINK(\"x\")");

        String csv = given().auth()
                .oauth2(an)
                .when()
                .get("/canvases/{id}/notes.csv", canvas)
                .then()
                .statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"csv-notes.csv\"; filename*=UTF-8''CSV%20notes.csv")
                .extract()
                .asString();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("block,position,text,colour,valueTags,lensTags,author,createdAt");
        assertThat(lines[1])
                .startsWith("value-proposition,0,\"Gezond, lokaal en \"\"eerlijk\"\"\",yellow,social;ecological,,an,");
        assertThat(lines[2]).startsWith("customer-segments,0,\"'=HYPERLINK(\"\"x\"\")\",yellow,,,an,");
        assertThat(lines).hasSize(3);
    }

    @Test
    void theCsvExportOfOneCanvasAddsTheSameNotesToAnother() {
        String source = CanvasTestData.canvas(an, gent, "CSV bron");
        Map<String, Object> tagged = CanvasTestData.noteBody("value-proposition", "Gezond, lokaal\nen \"eerlijk\"");
        tagged.put("valueTags", List.of("social", "ecological"));
        tagged.put("colour", "green");
        CanvasTestData.note(an, source, tagged);
        CanvasTestData.note(an, source, "value-proposition", "=1+1");
        CanvasTestData.note(an, source, "channels", "Webshop");
        String csv = given().auth()
                .oauth2(an)
                .when()
                .get("/canvases/{id}/notes.csv", source)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String target = CanvasTestData.canvas(an, brugge, "CSV doel");

        given().auth()
                .oauth2(an)
                .contentType("text/csv")
                .body(csv)
                .when()
                .post("/canvases/{id}/notes.csv", target)
                .then()
                .statusCode(201)
                .body("notes.text", equalTo(List.of("Gezond, lokaal\nen \"eerlijk\"", "=1+1", "Webshop")));

        given().auth()
                .oauth2(an)
                .queryParam("blockKey", "value-proposition")
                .when()
                .get("/canvases/{id}/notes", target)
                .then()
                .body("items[0].valueTags", equalTo(List.of("social", "ecological")))
                .body("items[0].colour", equalTo("green"))
                .body("items.position", equalTo(List.of(0, 1)));
    }

    @Test
    void aCsvWithAWrongRowAddsNothingAndNamesTheRowsField() {
        String canvas = CanvasTestData.canvas(an, gent, "CSV fout");
        String csv =
                "block,text,colour,valueTags\r\nchannels,Goed,,\r\nchannels,Fout,black,spiritual\r\nnowhere,Ook fout,,\r\n";

        given().auth()
                .oauth2(an)
                .contentType("text/csv")
                .body(csv)
                .when()
                .post("/canvases/{id}/notes.csv", canvas)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", equalTo(List.of("notes[1].colour", "notes[1].valueTags[0]")));
        given().auth()
                .oauth2(an)
                .contentType("text/csv")
                .body("block,text\r\nchannels,Goed\r\nnowhere,Fout\r\n")
                .when()
                .post("/canvases/{id}/notes.csv", canvas)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("notes[1].blockKey")));
        given().auth()
                .oauth2(an)
                .contentType("text/csv")
                .body("colour\r\nyellow\r\n")
                .when()
                .post("/canvases/{id}/notes.csv", canvas)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("body")));

        given().auth()
                .oauth2(an)
                .when()
                .get("/canvases/{id}/notes", canvas)
                .then()
                .body("items", org.hamcrest.Matchers.hasSize(0));
    }

    /** The document without what the server sets on import: facilitator, status, authors and times. */
    @SuppressWarnings("unchecked")
    private static Object withoutServerOwnedFields(Object document) {
        if (document instanceof Map<?, ?> map) {
            Map<String, Object> copy = new java.util.TreeMap<>();
            ((Map<String, Object>) map).forEach((key, value) -> {
                if (!List.of("facilitator", "status", "author", "createdAt").contains(key)) {
                    copy.put(key, withoutServerOwnedFields(value));
                }
            });
            return copy;
        }
        if (document instanceof List<?> list) {
            return list.stream()
                    .map(CanvasExchangeTest::withoutServerOwnedFields)
                    .toList();
        }
        return document;
    }

    /** Every value of the key anywhere in the document. */
    private static List<Object> valuesOf(Object document, String key) {
        List<Object> found = new java.util.ArrayList<>();
        if (document instanceof Map<?, ?> map) {
            map.forEach((name, value) -> {
                if (key.equals(name)) {
                    found.add(value);
                }
                found.addAll(valuesOf(value, key));
            });
        } else if (document instanceof List<?> list) {
            list.forEach(element -> found.addAll(valuesOf(element, key)));
        }
        return found;
    }

    private Map<String, Object> export(String canvas) {
        return given().auth()
                .oauth2(an)
                .when()
                .get("/canvases/{id}/export", canvas)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }
}
