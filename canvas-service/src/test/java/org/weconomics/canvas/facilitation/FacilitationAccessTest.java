package org.weconomics.canvas.facilitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.testing.TestTokens;

/** Facilitator rights are checked on the server: participants get 403, outsiders 404 on every facilitation route. */
@QuarkusTest
class FacilitationAccessTest {

    private record Route(String method, String path, Object body) {}

    private static final List<Route> FACILITATOR_ACTIONS = List.of(
            new Route("PUT", "/canvases/{c}/facilitation/hidden-mode", Map.of("hiddenMode", true)),
            new Route("POST", "/canvases/{c}/facilitation/reveal", Map.of()),
            new Route("PUT", "/canvases/{c}/facilitation/lock", Map.of("locked", true)),
            new Route("PUT", "/canvases/{c}/facilitation/focus", Map.of("blockKey", "channels")),
            new Route("POST", "/canvases/{c}/voting-rounds", Map.of("votesPerParticipant", 3)),
            new Route("POST", "/canvases/{c}/voting-rounds/{r}/close", null));

    @Test
    void participantsGetForbiddenOnEveryFacilitatorActionAndChangeNothing() {
        Workshop workshop = new Workshop("Alleen de facilitator");
        String round = workshop.openRound(3, null, null);
        String etag = workshop.etag(workshop.piet);

        for (Route route : FACILITATOR_ACTIONS) {
            Response response = send(workshop.piet, route, workshop.canvas, round, null, etag);
            assertThat(response.statusCode())
                    .as(route.method() + " " + route.path())
                    .isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type"))
                    .isEqualTo(ProblemType.NOT_THE_FACILITATOR.uri().toString());
            assertThat(response.jsonPath().getString("detail"))
                    .isEqualTo("You may not do this here. Who may: the canvas's facilitator, admins.");
        }
        assertThat(workshop.etag(workshop.facilitator)).isEqualTo(etag);
        assertThat(workshop.state(workshop.piet))
                .containsEntry("hiddenMode", false)
                .containsEntry("locked", false)
                .containsEntry("youFacilitate", false);
    }

    @Test
    void outsidersGetNotFoundOnEveryFacilitationRoute() {
        Workshop workshop = new Workshop("Niet voor buitenstaanders");
        String note = workshop.note(workshop.piet, "channels", "Een kanaal");
        String round = workshop.openRound(3, null, null);
        workshop.vote(workshop.piet, round, note).then().statusCode(200);

        List<Route> routes = new java.util.ArrayList<>(FACILITATOR_ACTIONS);
        routes.addAll(List.of(
                new Route("GET", "/canvases/{c}/facilitation", null),
                new Route("GET", "/canvases/{c}/progress", null),
                new Route("GET", "/canvases/{c}/voting-rounds", null),
                new Route("GET", "/canvases/{c}/voting-rounds/{r}", null),
                new Route("GET", "/canvases/{c}/voting-rounds/{r}/results", null),
                new Route("GET", "/canvases/{c}/voting-rounds/{r}/ballot", null),
                new Route("POST", "/canvases/{c}/voting-rounds/{r}/votes", Map.of("noteId", note)),
                new Route("DELETE", "/canvases/{c}/voting-rounds/{r}/votes/{n}", null)));
        for (Route route : routes) {
            Response response = send(workshop.outsider, route, workshop.canvas, round, note, "\"0\"");
            assertThat(response.statusCode())
                    .as(route.method() + " " + route.path())
                    .isEqualTo(404);
            assertThat(response.contentType())
                    .as(route.method() + " " + route.path())
                    .startsWith("application/problem+json");
        }
    }

    @Test
    void onlyTheFacilitatorOrAnAdminHandsTheFacilitationOver() {
        Workshop workshop = new Workshop("Overdracht");
        given().auth()
                .oauth2(workshop.piet)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Overgenomen", "facilitator", "piet"))
                .when()
                .put("/canvases/{c}", workshop.canvas)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(workshop.piet)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Nieuwe titel", "facilitator", "fien"))
                .when()
                .put("/canvases/{c}", workshop.canvas)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(workshop.facilitator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("title", "Nieuwe titel", "facilitator", "piet"))
                .when()
                .put("/canvases/{c}", workshop.canvas)
                .then()
                .statusCode(200)
                .body("facilitator", equalTo("piet"));

        workshop.change(workshop.piet, "PUT", "/canvases/{c}/facilitation/lock", Map.of("locked", true))
                .then()
                .statusCode(200)
                .body("youFacilitate", equalTo(true));
        workshop.change(workshop.facilitator, "PUT", "/canvases/{c}/facilitation/lock", Map.of("locked", false))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"2\"")
                .body(Map.of("title", "Nieuwe titel", "facilitator", "fien"))
                .when()
                .put("/canvases/{c}", workshop.canvas)
                .then()
                .statusCode(200);
    }

    @Test
    void facilitatorChangesNeedTheCurrentVersion() {
        Workshop workshop = new Workshop("Versies");
        String path = "/canvases/{c}/facilitation/focus";
        given().auth()
                .oauth2(workshop.facilitator)
                .contentType(ContentType.JSON)
                .body(Map.of("blockKey", "channels"))
                .when()
                .put(path, workshop.canvas)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(workshop.facilitator)
                .when()
                .get("/canvases/{c}/facilitation", workshop.canvas)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("focus", org.hamcrest.Matchers.nullValue());
        given().auth()
                .oauth2(workshop.facilitator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("blockKey", "channels"))
                .when()
                .put(path, workshop.canvas)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("focus.blockKey", equalTo("channels"));
        given().auth()
                .oauth2(workshop.facilitator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("blockKey", "key-partners"))
                .when()
                .put(path, workshop.canvas)
                .then()
                .statusCode(412)
                .header("ETag", "\"1\"")
                .body("current.focus.blockKey", equalTo("channels"));
        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/facilitation", workshop.canvas)
                .then()
                .statusCode(200)
                .body("focus.blockKey", equalTo("channels"));
        given().auth()
                .oauth2(workshop.facilitator)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("blockKey", "nowhere"))
                .when()
                .put(path, workshop.canvas)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("blockKey")));
        given().auth()
                .oauth2(TestTokens.member("fien", workshop.group))
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("hiddenMode", "ja"))
                .when()
                .put("/canvases/{c}/facilitation/hidden-mode", workshop.canvas)
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static Response send(String token, Route route, String canvas, String round, String note, String ifMatch) {
        RequestSpecification request = given().auth().oauth2(token).header("If-Match", ifMatch);
        if (route.body() != null) {
            request = request.contentType(ContentType.JSON).body(route.body());
        }
        request = request.pathParam("c", canvas);
        if (route.path().contains("{r}")) {
            request = request.pathParam("r", round);
        }
        if (route.path().contains("{n}")) {
            request = request.pathParam("n", note);
        }
        return request.request(route.method(), route.path());
    }
}
