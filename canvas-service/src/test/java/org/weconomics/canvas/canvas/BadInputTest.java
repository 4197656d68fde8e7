package org.weconomics.canvas.canvas;

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

/** Every write route answers wrong input with a 4xx problem that names the wrong field, never a 500. */
@QuarkusTest
class BadInputTest {

    private record Case(String method, String path, Object body, String field) {}

    @Test
    void badInputOnEveryWriteRouteIsAProblemNamingTheField() {
        String group = CanvasTestData.localGroup();
        String owner = TestTokens.member("ines", group);
        String canvas = CanvasTestData.canvas(owner, group, "Invoer");
        String note = CanvasTestData.note(owner, canvas, "channels", "Een kanaal");

        List<Case> cases = List.of(
                new Case(
                        "POST",
                        "/canvases",
                        Map.of("localGroup", group, "templateKey", "x", "templateVersion", 1, "title", ""),
                        "title"),
                new Case("PUT", "/canvases/{c}", Map.of("title", "x".repeat(201)), "title"),
                new Case("PUT", "/canvases/{c}", Map.of("title", "Ok", "version", 3), "version"),
                new Case("PUT", "/canvases/{c}/status", Map.of(), "status"),
                new Case(
                        "POST",
                        "/canvases/{c}/notes",
                        Map.of("blockKey", "channels", "text", "Ok", "colour", "black"),
                        "colour"),
                new Case(
                        "POST",
                        "/canvases/{c}/notes",
                        Map.of("blockKey", "channels", "text", "Ok", "position", -1),
                        "position"),
                new Case("POST", "/canvases/{c}/notes/bulk", Map.of("notes", List.of()), "notes"),
                new Case(
                        "POST",
                        "/canvases/{c}/notes/bulk",
                        Map.of("notes", List.of(Map.of("blockKey", "channels"))),
                        "notes[0].text"),
                new Case(
                        "PUT",
                        "/canvases/{c}/notes/{n}",
                        Map.of(
                                "text",
                                "Ok",
                                "colour",
                                "blue",
                                "valueTags",
                                List.of("spiritual"),
                                "lensTags",
                                List.of()),
                        "valueTags[0]"),
                new Case("PUT", "/canvases/{c}/notes/{n}", Map.of("text", "Ok"), "colour"),
                new Case("PUT", "/canvases/{c}/notes/{n}/placement", Map.of("blockKey", "channels"), "position"),
                new Case("POST", "/canvases/{c}/notes/{n}/comments", Map.of("text", "x".repeat(2001)), "text"),
                new Case(
                        "POST",
                        "/canvases/import?localGroup=" + group,
                        Map.of("format", "other", "formatVersion", 7, "canvas", Map.of(), "blocks", List.of()),
                        "formatVersion"),
                new Case("POST", "/templates", Map.of("key", "x"), "title"));

        for (Case wrong : cases) {
            Response response = given().auth()
                    .oauth2(wrong.path().startsWith("/templates") ? CanvasTestData.ADMIN : owner)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"0\"")
                    .body(wrong.body())
                    .pathParams(CanvasTestData.pathParameters(wrong.path(), canvas, note))
                    .request(wrong.method(), wrong.path());
            String route = wrong.method() + " " + wrong.path() + " " + wrong.body();
            assertThat(response.statusCode()).as(route).isEqualTo(400);
            assertThat(response.contentType()).as(route).startsWith("application/problem+json");
            assertThat(response.jsonPath().getList("invalidFields.field", String.class))
                    .as(route)
                    .contains(wrong.field());
        }

        for (String path : List.of(
                "/canvases",
                "/canvases/{c}/notes",
                "/canvases/{c}/notes/bulk",
                "/canvases/{c}/notes/{n}/comments",
                "/canvases/import?localGroup=" + group)) {
            given().auth()
                    .oauth2(owner)
                    .contentType(ContentType.JSON)
                    .body("{\"text\": ")
                    .pathParams(CanvasTestData.pathParameters(path, canvas, note))
                    .when()
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }

        given().auth()
                .oauth2(owner)
                .contentType("text/csv")
                .body("block,text\r\nchannels,\"niet afgesloten\r\n")
                .when()
                .post("/canvases/{c}/notes.csv", canvas)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", org.hamcrest.Matchers.hasItem("body"));

        given().auth()
                .oauth2(owner)
                .when()
                .get("/canvases/{c}/notes/{n}", canvas, note)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"");
        given().auth()
                .oauth2(owner)
                .queryParam("blockKey", "channels")
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void malformedListFiltersAreBadFields() {
        String owner = TestTokens.member("ines", CanvasTestData.localGroup());
        given().auth()
                .oauth2(owner)
                .queryParam("partnershipId", "geen-uuid")
                .when()
                .get("/canvases")
                .then()
                .statusCode(400)
                .body("invalidFields.field", org.hamcrest.Matchers.hasItem("partnershipId"));
        given().auth()
                .oauth2(owner)
                .queryParam("status", "busy")
                .when()
                .get("/canvases")
                .then()
                .statusCode(400)
                .body("invalidFields.field", org.hamcrest.Matchers.hasItem("status"));
        given().auth()
                .oauth2(owner)
                .queryParam("size", 500)
                .when()
                .get("/canvases")
                .then()
                .statusCode(400)
                .body("invalidFields.field", org.hamcrest.Matchers.hasItem("size"));
    }
}
