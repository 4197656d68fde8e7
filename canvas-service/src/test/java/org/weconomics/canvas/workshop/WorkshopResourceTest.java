package org.weconomics.canvas.workshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.weconomics.canvas.workshop.WorkshopTestData.change;
import static org.weconomics.canvas.workshop.WorkshopTestData.workshop;
import static org.weconomics.canvas.workshop.WorkshopTestData.workshopBody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class WorkshopResourceTest {

    private final String group = CanvasTestData.localGroup();
    private final String facilitator = "facilitator-" + UUID.randomUUID();
    private final String token = TestTokens.member(facilitator, group);

    @Test
    void settingUpAFullDayCreatesItsCanvasesAndOneStepPerBlockLinkedBothWays() {
        var response = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(workshopBody(group, "full-day-cmc-bmc"))
                .when()
                .post("/workshops")
                .then()
                .statusCode(201)
                .body("status", equalTo("planned"))
                .body("format", equalTo("full-day-cmc-bmc"))
                .body("facilitators", equalTo(List.of(facilitator)))
                .body("timer.state", equalTo("stopped"))
                .extract();
        JsonPath workshop = response.jsonPath();
        String id = workshop.getString("id");
        assertThat(response.header("Location")).endsWith("/workshops/" + id);
        assertThat(response.header("ETag")).isEqualTo("\"" + workshop.getLong("version") + "\"");
        List<String> canvases = workshop.getList("canvasIds", String.class);
        assertThat(canvases).hasSize(2);

        assertThat(workshop.getList("agenda")).hasSize(9);
        assertThat(workshop.getString("agenda[0].title.nl"))
                .isEqualTo("De basisprincipes van CMC en digitale transformatie");
        assertThat(workshop.getList("steps")).hasSize(14 + 9);
        assertThat(workshop.getString("steps[0].canvasId")).isEqualTo(canvases.get(0));
        assertThat(workshop.getString("steps[0].blockKey")).isEqualTo("domain-boundary");
        assertThat(workshop.getList("steps[0].questions")).isNotEmpty();
        assertThat(workshop.getString("steps[14].canvasId")).isEqualTo(canvases.get(1));
        assertThat(workshop.getInt("steps[0].minutes")).isEqualTo(10);

        JsonPath cmc = given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{id}", canvases.get(0))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(cmc.getString("workshopId")).isEqualTo(id);
        assertThat(cmc.getString("templateKey")).isEqualTo("community-model-canvas");
        assertThat(cmc.getString("facilitator")).isEqualTo(facilitator);
        assertThat(cmc.getString("localGroup")).isEqualTo(group);
        given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{id}", canvases.get(1))
                .then()
                .statusCode(200)
                .body("templateKey", equalTo("business-model-canvas"))
                .body("workshopId", equalTo(id));
    }

    @Test
    void aHalfDayOfTheoryHasAnAgendaButNoCanvases() {
        String id = workshop(token, workshopBody(group, "half-day-theory"));
        given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("canvasIds", equalTo(List.of()))
                .body("steps", equalTo(List.of()))
                .body("agenda.size()", equalTo(9))
                .body("date", equalTo("2027-03-18"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeySetsUpNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = workshopBody(group, "full-day-cmc");
        String first = given().auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/workshops")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/workshops")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth()
                .oauth2(token)
                .queryParam("localGroup", group)
                .when()
                .get("/workshops")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void anotherLocalGroupSeesNothingOfAWorkshop() {
        String id = workshop(token, workshopBody(group, "full-day-cmc"));
        String outsider = TestTokens.member("outsider-" + UUID.randomUUID(), CanvasTestData.localGroup());
        given().auth()
                .oauth2(outsider)
                .when()
                .get("/workshops")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth()
                .oauth2(outsider)
                .when()
                .get("/workshops/{workshopId}", id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(outsider)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body(Map.of("status", "running"))
                .when()
                .put("/workshops/{workshopId}/status", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(token)
                .when()
                .get("/workshops")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void changingDetailsNeedsTheCurrentETag() {
        String id = workshop(token, workshopBody(group, "full-day-cmc"));
        Map<String, Object> body = workshopBody(group, "full-day-cmc");
        body.remove("localGroup");
        body.remove("format");
        body.put("title", "CMC, tweede editie");
        body.put("link", "https://meet.example.org/cmc");
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/workshops/{workshopId}", id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"7\"")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/workshops/{workshopId}", id)
                .then()
                .statusCode(412)
                .header("ETag", WorkshopTestData.tag(token, id));
        String current = WorkshopTestData.tag(token, id);
        given().auth()
                .oauth2(token)
                .header("If-Match", current)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put("/workshops/{workshopId}", id)
                .then()
                .statusCode(200)
                .header("ETag", not(equalTo(current)))
                .body("title", equalTo("CMC, tweede editie"))
                .body("link", equalTo("https://meet.example.org/cmc"));
    }

    @Test
    void theDayOnlyMovesForwardAndTakesItsCanvasesAlong() {
        String id = workshop(token, workshopBody(group, "full-day-cmc"));
        change(token, "PUT", "/workshops/" + id + "/status", Map.of("status", "presented"), id)
                .statusCode(409)
                .contentType("application/problem+json");
        change(token, "PUT", "/workshops/" + id + "/status", Map.of("status", "running"), id)
                .statusCode(200)
                .body("status", equalTo("running"));
        String canvas = given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}", id)
                .then()
                .extract()
                .path("canvasIds[0]");
        given().auth().oauth2(token).when().get("/canvases/{id}", canvas).then().body("status", equalTo("in-workshop"));
        change(token, "PUT", "/workshops/" + id + "/status", Map.of("status", "planned"), id)
                .statusCode(409);
        change(token, "PUT", "/workshops/" + id + "/status", Map.of("status", "presented"), id)
                .statusCode(200);
        given().auth().oauth2(token).when().get("/canvases/{id}", canvas).then().body("status", equalTo("presented"));
        change(token, "PUT", "/workshops/" + id + "/status", Map.of("status", "closed"), id)
                .statusCode(200)
                .body("status", equalTo("closed"));
        change(token, "PUT", "/workshops/" + id + "/agenda", Map.of("items", List.of()), id)
                .statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aNamedFacilitatorMustBeAMemberOfTheLocalGroup() {
        Map<String, Object> body = workshopBody(group, "half-day-theory");
        body.put("facilitators", List.of("stranger-" + UUID.randomUUID()));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/workshops")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields[0].field", equalTo("facilitators[0]"));
    }

    @Test
    void participantsAreMembersOrNamedGuestsAndTheGroupSizeIsAdvisedNotEnforced() {
        String id = workshop(token, workshopBody(group, "full-day-cmc"));
        String path = "/workshops/" + id + "/participants";
        change(token, "PUT", path, Map.of("participants", WorkshopTestData.guests(8)), id)
                .statusCode(200)
                .body("participants.size()", equalTo(8))
                .body("groupSizeAdvice.participants", equalTo(8))
                .body("groupSizeAdvice.minimum", equalTo(10))
                .body("groupSizeAdvice.maximum", equalTo(20));
        List<Map<String, Object>> twelve = new java.util.ArrayList<>(WorkshopTestData.guests(11));
        twelve.add(Map.of("subject", facilitator, "attendance", "present"));
        change(token, "PUT", path, Map.of("participants", twelve), id)
                .statusCode(200)
                .body("participants.size()", equalTo(12))
                .body("participants[11].subject", equalTo(facilitator))
                .body("participants[11].attendance", equalTo("present"))
                .body("groupSizeAdvice", nullValue());
        change(token, "PUT", path, Map.of("participants", WorkshopTestData.guests(21)), id)
                .statusCode(200)
                .body("groupSizeAdvice.participants", equalTo(21));

        change(
                        token,
                        "PUT",
                        path,
                        Map.of(
                                "participants",
                                List.of(Map.of("subject", "stranger-" + UUID.randomUUID(), "attendance", "invited"))),
                        id)
                .statusCode(400)
                .body("invalidFields[0].field", equalTo("participants[0].subject"));
        change(
                        token,
                        "PUT",
                        path,
                        Map.of(
                                "participants",
                                List.of(Map.of(
                                        "subject", facilitator, "name", "Ook een naam", "attendance", "invited"))),
                        id)
                .statusCode(400)
                .body("invalidFields[0].field", equalTo("participants[0]"));
        change(
                        token,
                        "PUT",
                        path,
                        Map.of(
                                "participants",
                                List.of(
                                        Map.of("name", "Jan", "attendance", "invited"),
                                        Map.of("name", "jan", "attendance", "present"))),
                        id)
                .statusCode(400)
                .body("invalidFields[0].field", equalTo("participants[1].name"));
    }

    @Test
    void theAgendaIsEditable() {
        String id = workshop(token, workshopBody(group, "half-day-theory"));
        Map<String, Object> item = Map.of("title", Map.of("nl", "Welkom", "en", "Welcome"), "minutes", 15);
        change(token, "PUT", "/workshops/" + id + "/agenda", Map.of("items", List.of(item)), id)
                .statusCode(200)
                .body("agenda.size()", equalTo(1))
                .body("agenda[0].title.en", equalTo("Welcome"))
                .body("agenda[0].minutes", equalTo(15));
    }

    @Test
    void movingToAStepFocusesItsCanvasAndTheTimerIsAChangeOfThatCanvas() {
        String id = workshop(token, workshopBody(group, "full-day-cmc"));
        String timer = "/workshops/" + id + "/timer/";
        change(token, "POST", timer + "start", null, id).statusCode(409);

        JsonPath moved = change(token, "POST", "/workshops/" + id + "/steps/current", WorkshopTestData.moveTo(2), id)
                .statusCode(200)
                .body("currentStep", equalTo(2))
                .extract()
                .jsonPath();
        String canvas = moved.getString("steps[2].canvasId");
        String block = moved.getString("steps[2].blockKey");
        given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{id}/facilitation", canvas)
                .then()
                .statusCode(200)
                .body("focus.blockKey", equalTo(block));

        change(token, "POST", timer + "start", null, id)
                .statusCode(200)
                .body("timer.state", equalTo("running"))
                .body("timer.remainingSeconds", org.hamcrest.Matchers.greaterThan(590));
        change(token, "POST", timer + "start", null, id).statusCode(409);
        change(token, "POST", timer + "pause", null, id).statusCode(200).body("timer.state", equalTo("paused"));
        int left = change(token, "POST", timer + "extend", Map.of("minutes", 5), id)
                .statusCode(200)
                .body("timer.state", equalTo("paused"))
                .extract()
                .path("timer.remainingSeconds");
        assertThat(left).isGreaterThan(890);
        change(token, "POST", timer + "start", null, id).statusCode(200).body("timer.state", equalTo("running"));
        change(token, "POST", timer + "end", null, id).statusCode(200).body("timer.state", equalTo("stopped"));
        change(token, "POST", timer + "end", null, id).statusCode(409);

        List<String> kinds = given().auth()
                .oauth2(token)
                .queryParam("kind", "workshop-timer-changed")
                .queryParam("order", "oldest")
                .when()
                .get("/canvases/{id}/history", canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.after.state", String.class);
        assertThat(kinds).containsExactly("running", "paused", "paused", "running", "stopped");
    }

    @Test
    void aStepWhoseCanvasWasDeletedIsAConflictNotAnError() {
        JsonPath created = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(workshopBody(group, "full-day-cmc"))
                .when()
                .post("/workshops")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        String canvas = created.getString("canvasIds[0]");
        change(token, "POST", "/workshops/" + id + "/steps/current", WorkshopTestData.moveTo(0), id)
                .statusCode(200);
        given().auth()
                .oauth2(token)
                .header("If-Match", CanvasTestData.canvasTag(token, canvas))
                .when()
                .delete("/canvases/{id}", canvas)
                .then()
                .statusCode(204);
        change(token, "POST", "/workshops/" + id + "/timer/start", null, id)
                .statusCode(409)
                .contentType("application/problem+json");
        change(token, "POST", "/workshops/" + id + "/steps/current", WorkshopTestData.moveTo(1), id)
                .statusCode(409);
        given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}", id)
                .then()
                .statusCode(200)
                .body("canvasIds", equalTo(List.of()));
    }

    @Test
    void theStepsAreEditableWithinTheWorkshopsCanvases() {
        JsonPath created = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(workshopBody(group, "full-day-cmc"))
                .when()
                .post("/workshops")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        String canvas = created.getString("canvasIds[0]");
        List<Map<String, Object>> steps = List.of(
                Map.of("canvasId", canvas, "blockKey", "vision", "minutes", 20),
                Map.of("canvasId", canvas, "blockKey", "domain-boundary", "minutes", 25));
        change(token, "PUT", "/workshops/" + id + "/steps", Map.of("steps", steps), id)
                .statusCode(200)
                .body("steps.blockKey", equalTo(List.of("vision", "domain-boundary")))
                .body("steps[1].minutes", equalTo(25))
                .body("steps[0].questions.size()", equalTo(1));
        change(
                        token,
                        "PUT",
                        "/workshops/" + id + "/steps",
                        Map.of(
                                "steps",
                                List.of(
                                        Map.of("canvasId", canvas, "blockKey", "channels", "minutes", 10),
                                        Map.of("canvasId", UUID.randomUUID(), "blockKey", "vision", "minutes", 10))),
                        id)
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("steps[0].blockKey", "steps[1].canvasId")));
        change(token, "POST", "/workshops/" + id + "/steps/current", WorkshopTestData.moveTo(2), id)
                .statusCode(400)
                .body("invalidFields[0].field", equalTo("step"));
    }
}
