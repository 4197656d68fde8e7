package org.weconomics.canvas.canvas;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/** A member of another local group must not learn that a canvas exists: every route below it answers 404. */
@QuarkusTest
class CanvasAccessTest {

    private record Route(String method, String path, Object body) {}

    @Test
    void aMemberOfAnotherLocalGroupGetsNotFoundOnEveryCanvasRoute() {
        String group = CanvasTestData.localGroup();
        String owner = TestTokens.member("eva", group);
        String canvas = CanvasTestData.canvas(owner, group, "Alleen voor deze groep");
        String note = CanvasTestData.note(owner, canvas, "channels", "Een kanaal");
        CanvasTestData.comment(owner, canvas, note, "Goed idee");
        String snapshot = given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Alleen voor ons"))
                .when()
                .post("/canvases/{c}/snapshots", canvas)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String outsider = TestTokens.member("tom", CanvasTestData.localGroup());

        Map<String, Object> noteBody = CanvasTestData.noteBody("channels", "Overgenomen");
        List<Route> routes = List.of(
                new Route("GET", "/canvases/{c}", null),
                new Route("PUT", "/canvases/{c}", Map.of("title", "Overgenomen")),
                new Route("PUT", "/canvases/{c}/status", Map.of("status", "in-workshop")),
                new Route("DELETE", "/canvases/{c}", null),
                new Route("GET", "/canvases/{c}/export", null),
                new Route("GET", "/canvases/{c}/notes.csv", null),
                new Route("GET", "/canvases/{c}/picture.svg", null),
                new Route("GET", "/canvases/{c}/picture.pdf", null),
                new Route("POST", "/canvases/{c}/notes.csv", "block,text\r\nchannels,Overgenomen\r\n"),
                new Route("GET", "/canvases/{c}/notes", null),
                new Route("POST", "/canvases/{c}/notes", noteBody),
                new Route("POST", "/canvases/{c}/notes/bulk", Map.of("notes", List.of(noteBody))),
                new Route("GET", "/canvases/{c}/notes/{n}", null),
                new Route(
                        "PUT",
                        "/canvases/{c}/notes/{n}",
                        Map.of("text", "Overgenomen", "colour", "blue", "valueTags", List.of(), "lensTags", List.of())),
                new Route("PUT", "/canvases/{c}/notes/{n}/placement", Map.of("blockKey", "channels", "position", 0)),
                new Route("DELETE", "/canvases/{c}/notes/{n}", null),
                new Route("GET", "/canvases/{c}/notes/{n}/comments", null),
                new Route("POST", "/canvases/{c}/notes/{n}/comments", Map.of("text", "Overgenomen")),
                new Route("GET", "/canvases/{c}/history", null),
                new Route("GET", "/canvases/{c}/notes/{n}/history", null),
                new Route("GET", "/canvases/{c}/feed", null),
                new Route("POST", "/canvases/{c}/snapshots", Map.of("name", "Overgenomen")),
                new Route("GET", "/canvases/{c}/snapshots", null),
                new Route("GET", "/canvases/{c}/snapshots/" + snapshot, null),
                new Route("GET", "/canvases/{c}/snapshots/" + snapshot + "/compare", null),
                new Route("POST", "/canvases/{c}/snapshots/" + snapshot + "/restore", null));

        for (Route route : routes) {
            RequestSpecification request = given().auth().oauth2(outsider).header("If-Match", "\"0\"");
            if (route.body() instanceof String csv) {
                request = request.contentType("text/csv").body(csv);
            } else if (route.body() != null) {
                request = request.contentType(ContentType.JSON).body(route.body());
            }
            Response response = request.pathParams(CanvasTestData.pathParameters(route.path(), canvas, note))
                    .request(route.method(), route.path());
            assertThat(response.statusCode())
                    .as(route.method() + " " + route.path())
                    .isEqualTo(404);
            assertThat(response.contentType())
                    .as(route.method() + " " + route.path())
                    .startsWith("application/problem+json");
        }

        given().auth()
                .oauth2(owner)
                .when()
                .get("/canvases/{c}/notes/{n}", canvas, note)
                .then()
                .statusCode(200)
                .body("text", org.hamcrest.Matchers.equalTo("Een kanaal"))
                .header("ETag", "\"0\"");
        given().auth()
                .oauth2(owner)
                .when()
                .get("/canvases/{c}", canvas)
                .then()
                .statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("Alleen voor deze groep"))
                .header("ETag", "\"0\"");
    }

    @Test
    void importingIntoALocalGroupYouDoNotBelongToIsRefusedNamingTheField() {
        String group = CanvasTestData.localGroup();
        String owner = TestTokens.member("eva", group);
        String canvas = CanvasTestData.canvas(owner, group, "Export");
        Map<String, Object> export = given().auth()
                .oauth2(owner)
                .when()
                .get("/canvases/{c}/export", canvas)
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);

        given().auth()
                .oauth2(owner)
                .contentType(ContentType.JSON)
                .queryParam("localGroup", CanvasTestData.localGroup())
                .body(export)
                .when()
                .post("/canvases/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", org.hamcrest.Matchers.equalTo(List.of("localGroup")));
    }
}
