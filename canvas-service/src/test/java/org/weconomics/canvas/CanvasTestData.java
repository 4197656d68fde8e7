package org.weconomics.canvas;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.testing.TestTokens;

/** Sets up the canvases and notes a test needs through the API, each time in a local group of its own. */
public final class CanvasTestData {

    public static final String BLENDED = "blended-business-model-canvas";
    public static final String ADMIN = TestTokens.admin("admin-" + UUID.randomUUID());

    private CanvasTestData() {}

    /** A local group key no other test uses, so that lists show only this test's canvases. */
    public static String localGroup() {
        return "lg-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> canvasBody(String localGroup, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("localGroup", localGroup);
        body.put("templateKey", BLENDED);
        body.put("templateVersion", 1);
        body.put("title", title);
        body.put("topic", "Gezamenlijke catering");
        return body;
    }

    public static String canvas(String token, String localGroup, String title) {
        return canvas(token, canvasBody(localGroup, title));
    }

    public static String canvas(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/canvases")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> noteBody(String blockKey, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("blockKey", blockKey);
        body.put("text", text);
        return body;
    }

    public static String note(String token, String canvasId, String blockKey, String text) {
        return note(token, canvasId, noteBody(blockKey, text));
    }

    public static String note(String token, String canvasId, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/canvases/{id}/notes", canvasId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The texts of the notes of one block, in their order. */
    public static List<String> textsIn(String token, String canvasId, String blockKey) {
        return given().auth()
                .oauth2(token)
                .queryParam("blockKey", blockKey)
                .when()
                .get("/canvases/{id}/notes", canvasId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.text", String.class);
    }

    /** Values for the {@code {c}} (canvas) and {@code {n}} (note) placeholders a route template uses. */
    public static Map<String, Object> pathParameters(String path, String canvasId, String noteId) {
        Map<String, Object> parameters = new HashMap<>();
        if (path.contains("{c}")) {
            parameters.put("c", canvasId);
        }
        if (path.contains("{n}")) {
            parameters.put("n", noteId);
        }
        return parameters;
    }

    public static String comment(String token, String canvasId, String noteId, String text) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("text", text))
                .when()
                .post("/canvases/{id}/notes/{noteId}/comments", canvasId, noteId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The ETag of a note as it is now. */
    public static String noteTag(String token, String canvasId, String noteId) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}/notes/{n}", canvasId, noteId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** The ETag of a canvas as it is now. */
    public static String canvasTag(String token, String canvasId) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}", canvasId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    /** Gives a note another text (yellow, no tags). */
    public static void rewrite(String token, String canvasId, String noteId, String text) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", noteTag(token, canvasId, noteId))
                .body(Map.of("text", text, "colour", "yellow", "valueTags", List.of(), "lensTags", List.of()))
                .when()
                .put("/canvases/{c}/notes/{n}", canvasId, noteId)
                .then()
                .statusCode(200);
    }

    public static void move(String token, String canvasId, String noteId, String blockKey, int position) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", noteTag(token, canvasId, noteId))
                .body(Map.of("blockKey", blockKey, "position", position))
                .when()
                .put("/canvases/{c}/notes/{n}/placement", canvasId, noteId)
                .then()
                .statusCode(200);
    }

    public static void remove(String token, String canvasId, String noteId) {
        given().auth()
                .oauth2(token)
                .header("If-Match", noteTag(token, canvasId, noteId))
                .when()
                .delete("/canvases/{c}/notes/{n}", canvasId, noteId)
                .then()
                .statusCode(204);
    }

    /** A small valid custom template document (two blocks in one group), as admins send them. */
    public static Map<String, Object> twoBlockTemplate(String key, int version, String firstBlockTitle) {
        Map<String, Object> template = new HashMap<>();
        template.put("key", key);
        template.put("version", version);
        template.put("title", text("Kansen en risico's", "Opportunities and risks"));
        template.put("description", text("Een eenvoudig bord.", "A simple board."));
        template.put("grid", Map.of("columns", 2, "rows", 1));
        template.put(
                "groups",
                List.of(Map.of(
                        "key",
                        "alles",
                        "kind",
                        "dimension",
                        "title",
                        text("Alles", "Everything"),
                        "description",
                        text("Het hele bord.", "The whole board."))));
        template.put("valueTags", List.of("social"));
        template.put("lenses", List.of());
        template.put(
                "blocks",
                List.of(templateBlock("kansen", firstBlockTitle, 0), templateBlock("risicos", "Risico's", 1)));
        return template;
    }

    /** A block of {@link #twoBlockTemplate}'s one group, in the given column of its single row. */
    public static Map<String, Object> templateBlock(String key, String title, int column) {
        return Map.of(
                "key",
                key,
                "group",
                "alles",
                "position",
                Map.of("column", column, "row", 0, "columnSpan", 1, "rowSpan", 1),
                "title",
                text(title, title + " (en)"),
                "questions",
                List.of(text("Wat zien we?", "What do we see?")));
    }

    private static Map<String, String> text(String nl, String en) {
        return Map.of("nl", nl, "en", en);
    }
}
