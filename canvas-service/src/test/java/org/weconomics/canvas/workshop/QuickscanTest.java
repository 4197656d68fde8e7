package org.weconomics.canvas.workshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.weconomics.canvas.workshop.WorkshopTestData.change;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class QuickscanTest {

    private final String group = CanvasTestData.localGroup();
    private final String token = TestTokens.member("facilitator-" + UUID.randomUUID(), group);

    @Test
    void theQuickscanIsGroupedByTheCanvasBlocksAfterThePlatformsOwnCaseQuestions() {
        String workshop = ownCase();
        JsonPath quickscan = given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}/quickscan", workshop)
                .then()
                .statusCode(200)
                .header("ETag", WorkshopTestData.tag(token, workshop))
                .body("answered", equalTo(0))
                .extract()
                .jsonPath();
        assertThat(quickscan.getString("groups[0].key")).isEqualTo("case");
        assertThat(quickscan.getList("groups[0].questions.ownQuestion", Boolean.class))
                .containsOnly(true);
        assertThat(quickscan.getString("groups[1].key")).isEqualTo("domain-boundary");
        assertThat(quickscan.getString("groups[1].questions[0].key")).isEqualTo("domain-boundary.0");
        assertThat(quickscan.getList("groups[1].questions.ownQuestion", Boolean.class))
                .containsOnly(false);
        assertThat(quickscan.getList("groups")).hasSize(1 + 14);
    }

    @Test
    void theAnswersBecomeTheCaseDescriptionAndOnceHiddenDraftNotes() {
        String workshop = ownCase();
        String path = "/workshops/" + workshop + "/quickscan";
        change(
                        token,
                        "PUT",
                        path,
                        Map.of(
                                "answers",
                                Map.of(
                                        "case.1", "Vijf thuiszorgorganisaties willen hun planning delen",
                                        "domain-boundary.0", "De thuiszorg in Gent-Noord",
                                        "demanders.1", "Minder wachttijd")),
                        workshop)
                .statusCode(200)
                .body("answered", equalTo(3))
                .body("groups[1].questions[0].answer", equalTo("De thuiszorg in Gent-Noord"));
        String caseText = given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}", workshop)
                .then()
                .extract()
                .path("caseText");
        assertThat(caseText)
                .contains("Vijf thuiszorgorganisaties willen hun planning delen")
                .contains("Domeingrens")
                .contains("Minder wachttijd");

        change(token, "PUT", path, Map.of("answers", Map.of("nope.0", "x")), workshop)
                .statusCode(400)
                .body("invalidFields[0].field", equalTo("answers.nope.0"));

        JsonPath drafted = change(token, "POST", path + "/draft-notes", null, workshop)
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> notes = drafted.getList("noteIds", String.class);
        assertThat(notes).hasSize(2);
        String canvas = drafted.getString("canvasId");

        String participant = TestTokens.member("deelnemer-" + UUID.randomUUID(), group);
        given().auth()
                .oauth2(participant)
                .when()
                .get("/canvases/{id}/notes", canvas)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        JsonPath facilitatorSees = given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{id}/notes", canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(facilitatorSees.getList("items.text", String.class))
                .containsExactlyInAnyOrder("De thuiszorg in Gent-Noord", "Minder wachttijd");
        assertThat(facilitatorSees.getList("items.hidden", Boolean.class)).containsOnly(true);

        change(token, "POST", path + "/draft-notes", null, workshop).statusCode(409);
    }

    private String ownCase() {
        Map<String, Object> body = WorkshopTestData.workshopBody(group, "full-day-cmc");
        body.put("variant", "own-case");
        body.remove("caseText");
        return WorkshopTestData.workshop(token, body);
    }
}
