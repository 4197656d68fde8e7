package org.weconomics.canvas.workshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.weconomics.canvas.workshop.WorkshopTestData.workshopBody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/** Every workshop route answers wrong input with a 400 problem that names the wrong field, never a 500. */
@QuarkusTest
class WorkshopBadInputTest {

    private record Case(String method, String path, Object body, String field) {}

    private final String group = CanvasTestData.localGroup();
    private final String token = TestTokens.member("facilitator-" + UUID.randomUUID(), group);

    @Test
    void badInputOnEveryWorkshopRouteIsAProblemNamingTheField() {
        String workshop = WorkshopTestData.workshop(token, workshopBody(group, "full-day-cmc"));
        String canvas = given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}", workshop)
                .then()
                .extract()
                .path("canvasIds[0]");
        String path = "/workshops/" + workshop;

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("title", "")), "title"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("title", "x".repeat(201))), "title"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("title", "Bel\u0007letje")), "title"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.remove("localGroup")), "localGroup"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("localGroup", "Gent!")), "localGroup"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("endTime", "08:00")), "endTime"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.remove("caseText")), "caseText"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("caseText", "x".repeat(20001))), "caseText"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("place", "x".repeat(501))), "place"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("link", "ftp://example.org")), "link"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("language", "de")), "language"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("variant", "own_case")), "variant"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("format", "FULL_DAY_CMC")), "format"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("date", "18-03-2027")), "date"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("startTime", "9u")), "startTime"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.remove("date")), "date"));
        cases.add(new Case("POST", "/workshops", setUp(body -> body.put("status", "running")), "status"));
        cases.add(
                new Case("POST", "/workshops", setUp(body -> body.put("facilitators", List.of(" "))), "facilitators"));
        cases.add(new Case(
                "POST",
                "/workshops",
                setUp(body -> body.put("facilitators", Collections.nCopies(11, "iemand"))),
                "facilitators"));
        cases.add(new Case("PUT", path, details(body -> body.remove("title")), "title"));
        cases.add(new Case("PUT", path, details(body -> body.put("format", "half-day-theory")), "format"));
        cases.add(new Case("PUT", path + "/status", Map.of(), "status"));
        cases.add(new Case("PUT", path + "/status", Map.of("status", "done"), "status"));
        cases.add(new Case("PUT", path + "/participants", Map.of(), "participants"));
        cases.add(new Case(
                "PUT",
                path + "/participants",
                Map.of("participants", List.of(Map.of("name", "Jan"))),
                "participants[0]"));
        cases.add(new Case(
                "PUT",
                path + "/participants",
                Map.of("participants", List.of(Map.of("name", "x".repeat(201), "attendance", "invited"))),
                "participants[0].name"));
        cases.add(new Case(
                "PUT",
                path + "/participants",
                Map.of("participants", List.of(Map.of("name", "Jan", "attendance", "maybe"))),
                "participants[0].attendance"));
        cases.add(new Case(
                "PUT",
                path + "/agenda",
                Map.of("items", List.of(Map.of("title", Map.of("nl", "Welkom"), "minutes", 10))),
                "items[0].title.en"));
        cases.add(new Case(
                "PUT",
                path + "/agenda",
                Map.of("items", List.of(Map.of("title", Map.of("nl", "Welkom", "en", "Welcome"), "minutes", 0))),
                "items[0].minutes"));
        cases.add(new Case(
                "PUT",
                path + "/agenda",
                Map.of("items", Collections.nCopies(31, Map.of("title", Map.of("nl", "a", "en", "a"), "minutes", 1))),
                "items"));
        cases.add(new Case(
                "PUT",
                path + "/steps",
                Map.of("steps", List.of(Map.of("canvasId", canvas, "blockKey", "vision", "minutes", 0))),
                "steps[0].minutes"));
        cases.add(new Case(
                "PUT",
                path + "/steps",
                Map.of("steps", List.of(Map.of("canvasId", "geen-uuid", "blockKey", "vision", "minutes", 5))),
                "steps[0].canvasId"));
        cases.add(new Case("PUT", path + "/quickscan", Map.of(), "answers"));
        cases.add(new Case("PUT", path + "/quickscan", Map.of("answers", Map.of("nope.0", "x")), "answers.nope.0"));
        cases.add(new Case(
                "PUT", path + "/quickscan", Map.of("answers", Map.of("vision.0", "x".repeat(2001))), "answers"));
        cases.add(new Case("POST", path + "/steps/current", Map.of("step", -1), "step"));
        cases.add(new Case("POST", path + "/steps/current", Map.of(), "step"));
        cases.add(new Case("POST", path + "/timer/extend", Map.of("minutes", 0), "minutes"));
        cases.add(new Case("POST", path + "/timer/extend", Map.of("minutes", 121), "minutes"));
        cases.add(new Case("PUT", path + "/next-steps", Map.of(), "nextSteps"));
        cases.add(new Case(
                "PUT",
                path + "/next-steps",
                Map.of("nextSteps", List.of(Map.of("kind", "invite", "text", "Uitnodigen"))),
                "nextSteps[0].kind"));
        cases.add(new Case(
                "PUT",
                path + "/next-steps",
                Map.of("nextSteps", List.of(Map.of("kind", "other"))),
                "nextSteps[0].text"));
        cases.add(new Case(
                "PUT",
                path + "/next-steps",
                Map.of("nextSteps", List.of(Map.of("kind", "other", "text", "x".repeat(1001)))),
                "nextSteps[0].text"));
        cases.add(new Case(
                "PUT",
                path + "/next-steps",
                Map.of("nextSteps", List.of(Map.of("kind", "other", "text", "Bellen", "dueDate", "30-04-2027"))),
                "nextSteps[0].dueDate"));
        cases.add(new Case(
                "PUT",
                path + "/next-steps",
                Map.of("nextSteps", List.of(Map.of("kind", "other", "text", "Bellen", "owner", "niemand"))),
                "nextSteps[0].owner"));

        for (Case wrong : cases) {
            Response response = given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .header("If-Match", WorkshopTestData.tag(token, workshop))
                    .body(wrong.body())
                    .request(wrong.method(), wrong.path());
            String route = wrong.method() + " " + wrong.path() + " " + wrong.body();
            assertThat(response.statusCode())
                    .as(route + " " + response.asString())
                    .isEqualTo(400);
            assertThat(response.contentType()).as(route).startsWith("application/problem+json");
            assertThat(response.jsonPath().getList("invalidFields.field", String.class))
                    .as(route + " " + response.asString())
                    .anyMatch(field -> field.startsWith(wrong.field()));
        }

        given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}", workshop)
                .then()
                .statusCode(200)
                .body("title", org.hamcrest.Matchers.equalTo("CMC voor de zorgcoöperatie"))
                .body("agenda.size()", org.hamcrest.Matchers.equalTo(9));
    }

    @Test
    void aMalformedListFilterIsABadField() {
        given().auth()
                .oauth2(token)
                .queryParam("status", "busy")
                .when()
                .get("/workshops")
                .then()
                .statusCode(400)
                .body("invalidFields.field", org.hamcrest.Matchers.hasItem("status"));
    }

    private Map<String, Object> setUp(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = workshopBody(group, "half-day-theory");
        change.accept(body);
        return body;
    }

    private Map<String, Object> details(Consumer<Map<String, Object>> change) {
        Map<String, Object> body = workshopBody(group, "half-day-theory");
        body.remove("localGroup");
        body.remove("format");
        change.accept(body);
        return body;
    }
}
