package org.weconomics.canvas.canvas;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/**
 * Control characters, which PostgreSQL refuses (NUL) or which have no place in text, are a 400 naming the field
 * wherever they come in: JSON bodies, CSV rows, query parameters. Paging far beyond the end cannot overflow.
 */
@QuarkusTest
class HostileTextTest {

    private static final String NUL = "\u0000";

    @Test
    void aNulInAnyJsonFieldIsA400NamingThatFieldAndStoresNothing() {
        String group = CanvasTestData.localGroup();
        String owner = TestTokens.member("ines", group);
        String canvas = CanvasTestData.canvas(owner, group, "Vijandige tekst");

        assertRefused(owner, "POST", "/canvases", CanvasTestData.canvasBody(group, "Titel" + NUL), canvas, "title");
        assertRefused(
                owner,
                "PUT",
                "/canvases/{c}",
                Map.of("title", "Ok", "facilitator", "x" + NUL + "y"),
                canvas,
                "facilitator");
        assertRefused(
                owner,
                "POST",
                "/canvases/{c}/notes",
                CanvasTestData.noteBody("channels", "Een " + NUL + " kanaal"),
                canvas,
                "text");
        assertRefused(
                owner,
                "POST",
                "/canvases/{c}/notes/bulk",
                Map.of(
                        "notes",
                        List.of(
                                CanvasTestData.noteBody("channels", "Ok"),
                                CanvasTestData.noteBody("channels", "\u001b[31m"))),
                canvas,
                "notes[1].text");
        assertRefused(owner, "POST", "/canvases/{c}/snapshots", Map.of("name", "Dag 1\u0007"), canvas, "name");

        given().auth()
                .oauth2(owner)
                .queryParam("blockKey", "channels")
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void tabsAndLineBreaksInANoteAreText() {
        String group = CanvasTestData.localGroup();
        String owner = TestTokens.member("ines", group);
        String canvas = CanvasTestData.canvas(owner, group, "Gewone tekst");

        CanvasTestData.note(owner, canvas, "channels", "Eerst\tdit\r\ndan dat");

        assertThat(CanvasTestData.textsIn(owner, canvas, "channels")).containsExactly("Eerst\tdit\r\ndan dat");
    }

    @Test
    void aNulInACsvRowIsA400NamingTheRowAndColumn() {
        String group = CanvasTestData.localGroup();
        String owner = TestTokens.member("ines", group);
        String canvas = CanvasTestData.canvas(owner, group, "CSV");

        given().auth()
                .oauth2(owner)
                .contentType("text/csv")
                .body("block,text\r\nchannels,Ok\r\nchannels,Een" + NUL + "kanaal\r\n")
                .when()
                .post("/canvases/{c}/notes.csv", canvas)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("notes[1].text"));
        assertThat(CanvasTestData.textsIn(owner, canvas, "channels")).isEmpty();
    }

    @Test
    void aControlCharacterInAQueryParameterIsA400NamingTheParameter() {
        String group = CanvasTestData.localGroup();
        String owner = TestTokens.member("ines", group);
        String canvas = CanvasTestData.canvas(owner, group, "Filters");

        given().auth()
                .oauth2(owner)
                .urlEncodingEnabled(true)
                .queryParam("blockKey", "chan" + NUL + "nels")
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("blockKey"));
        given().auth()
                .oauth2(owner)
                .queryParam("text", "Filt" + NUL)
                .when()
                .get("/canvases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("text"));
    }

    @Test
    void aPageFarBeyondTheEndIsA400NotAnOverflow() {
        String owner = TestTokens.member("ines", CanvasTestData.localGroup());

        given().auth()
                .oauth2(owner)
                .queryParam("page", Integer.MAX_VALUE)
                .queryParam("size", 200)
                .when()
                .get("/canvases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("page"));
        given().auth()
                .oauth2(owner)
                .queryParam("page", 10_737_416)
                .queryParam("size", 200)
                .when()
                .get("/canvases")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    private static void assertRefused(
            String token, String method, String path, Object body, String canvas, String field) {
        Response response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", CanvasTestData.canvasTag(token, canvas))
                .body(body)
                .pathParams(CanvasTestData.pathParameters(path, canvas, null))
                .request(method, path);
        String route = method + " " + path;
        assertThat(response.statusCode())
                .as(route + ": " + response.body().asString())
                .isEqualTo(400);
        assertThat(response.contentType()).as(route).startsWith("application/problem+json");
        assertThat(response.jsonPath().getList("invalidFields.field", String.class))
                .as(route)
                .contains(field);
    }
}
