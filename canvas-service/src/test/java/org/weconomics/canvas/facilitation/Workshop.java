package org.weconomics.canvas.facilitation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.canvas.people.Members;
import org.weconomics.testing.TestTokens;

/**
 * A workshop on a fresh canvas of its own local group: the facilitator (who created the canvas), two participants
 * (members of the local group) and an outsider (member of another local group). Steps go through the API.
 */
final class Workshop {

    final String group = CanvasTestData.localGroup();
    final String facilitator = TestTokens.member("fien", group);
    final String piet = TestTokens.member("piet", group);
    final String mira = TestTokens.member("mira", group);
    final String outsider = TestTokens.member("otto", CanvasTestData.localGroup());
    final String canvas;

    Workshop(String title) {
        Members.register(group, "fien", "piet", "mira");
        canvas = CanvasTestData.canvas(facilitator, group, title);
    }

    /** The current ETag of the facilitation state, as the given caller reads it. */
    String etag(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}/facilitation", canvas)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    Map<String, Object> state(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}/facilitation", canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$");
    }

    /** A facilitator change by {@code token}, sent with the ETag it just read. */
    Response change(String token, String method, String path, Object body) {
        RequestSpecification request = given().auth().oauth2(token).header("If-Match", etag(token));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.pathParam("c", canvas).request(method, path);
    }

    void hiddenMode(boolean on) {
        change(facilitator, "PUT", "/canvases/{c}/facilitation/hidden-mode", Map.of("hiddenMode", on))
                .then()
                .statusCode(200);
    }

    Response reveal(String blockKey) {
        Map<String, Object> body = new HashMap<>();
        body.put("blockKey", blockKey);
        return change(facilitator, "POST", "/canvases/{c}/facilitation/reveal", body);
    }

    void lock(boolean locked) {
        change(facilitator, "PUT", "/canvases/{c}/facilitation/lock", Map.of("locked", locked))
                .then()
                .statusCode(200);
    }

    void focus(String blockKey) {
        Map<String, Object> body = new HashMap<>();
        body.put("blockKey", blockKey);
        change(facilitator, "PUT", "/canvases/{c}/facilitation/focus", body)
                .then()
                .statusCode(200);
    }

    /** Opens a round and returns its id. */
    String openRound(int votesPerParticipant, Integer maxVotesPerNote, List<String> blockKeys) {
        Map<String, Object> body = new HashMap<>();
        body.put("votesPerParticipant", votesPerParticipant);
        body.put("maxVotesPerNote", maxVotesPerNote);
        body.put("blockKeys", blockKeys);
        return change(facilitator, "POST", "/canvases/{c}/voting-rounds", body)
                .then()
                .statusCode(201)
                .extract()
                .path("openRound.id");
    }

    void closeRound(String round) {
        change(facilitator, "POST", "/canvases/{c}/voting-rounds/" + round + "/close", null)
                .then()
                .statusCode(200);
    }

    Response vote(String token, String round, String note) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("noteId", note))
                .when()
                .post("/canvases/{c}/voting-rounds/{r}/votes", canvas, round);
    }

    Response withdraw(String token, String round, String note) {
        return given().auth()
                .oauth2(token)
                .when()
                .delete("/canvases/{c}/voting-rounds/{r}/votes/{n}", canvas, round, note);
    }

    String note(String token, String blockKey, String text) {
        return CanvasTestData.note(token, canvas, blockKey, text);
    }

    List<String> noteTexts(String token) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.text", String.class);
    }
}
