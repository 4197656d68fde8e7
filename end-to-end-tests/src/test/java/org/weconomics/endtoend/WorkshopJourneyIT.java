package org.weconomics.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A facilitator runs the method's one-day workshop through the gateway, with tokens from the real Keycloak: an
 * own-case CMC + BMC workshop in a new local group, the client's quickscan, twelve participants (two members and
 * ten named guests), the afternoon step by step with the shared timer and a voting round, the presentation (a
 * snapshot of each canvas, the PDF with every canvas, the votes and the names), the next steps, and the workshop
 * closed. A member who does not facilitate cannot drive the day; a member of another local group sees nothing.
 */
@ExtendWith(RunningPlatform.class)
class WorkshopJourneyIT {

    private static final String WORKSHOPS = "/api/canvas/workshops";

    @Test
    void aFacilitatorRunsAWorkshopDayFromQuickscanToPresentation() throws Exception {
        String admin = RunningPlatform.token("admin");
        String localGroup = "e2e-ws-" + Long.toString(System.nanoTime(), 36);
        setUpLocalGroup(admin, localGroup, "bram", "carla");
        String bram = RunningPlatform.token("bram");
        String carla = RunningPlatform.token("carla");
        String bramId = PartnershipJourneyIT.subjectOf(bram);
        String carlaId = PartnershipJourneyIT.subjectOf(carla);

        // Bram sets up an own-case CMC + BMC workshop; he facilitates it.
        Map<String, Object> setUp = new HashMap<>();
        setUp.put("localGroup", localGroup);
        setUp.put("title", "Zorg in de wijk " + localGroup);
        setUp.put("date", "2027-03-18");
        setUp.put("startTime", "09:00");
        setUp.put("endTime", "17:00");
        setUp.put("place", "Wijkcentrum De Vonk, Antwerpen");
        setUp.put("language", "nl");
        setUp.put("variant", "own-case");
        setUp.put("format", "full-day-cmc-bmc");
        Response created = api(bram).body(setUp).post(WORKSHOPS);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String workshop = WORKSHOPS + "/" + created.path("id");
        List<String> canvasIds = created.path("canvasIds");
        assertThat(canvasIds).hasSize(2);
        String cmc = "/api/canvas/canvases/" + canvasIds.get(0);
        String bmc = "/api/canvas/canvases/" + canvasIds.get(1);
        String cmcTitle = api(bram).get(cmc).then().statusCode(200).extract().path("title");
        String bmcTitle = api(bram).get(bmc).then().statusCode(200).extract().path("title");

        // Bad input names the field; an outsider finds nothing.
        Response wrong = api(bram)
                .header("If-Match", tag(bram, workshop))
                .body(Map.of("nextSteps", List.of(Map.of("kind", "feest", "text", "Vieren"))))
                .put(workshop + "/next-steps");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.jsonPath().getString("invalidFields[0].field")).startsWith("nextSteps[0].kind");
        String anna = RunningPlatform.token("anna");
        api(anna).get(workshop).then().statusCode(404).contentType("application/problem+json");
        api(anna).get(workshop + "/presentation.pdf").then().statusCode(404);

        // The client's quickscan, answered through the API, becomes the case description and hidden draft notes.
        Map<String, String> answers = Map.of(
                "case.1", "Vijf thuiszorgorganisaties willen hun planning delen",
                "vision.0", "Zorg dichtbij huis, samen georganiseerd");
        change(bram, workshop, "PUT", "/quickscan", Map.of("answers", answers))
                .then()
                .statusCode(200);
        assertThat(api(bram).get(workshop).then().statusCode(200).extract().<String>path("caseText"))
                .contains("Vijf thuiszorgorganisaties willen hun planning delen");
        change(bram, workshop, "POST", "/quickscan/draft-notes", null).then().statusCode(200);

        // Twelve participants: the two members and ten named guests; bram's membership reaches canvas-service
        // through Kafka, so the list is accepted once it has.
        List<Map<String, Object>> participants = new ArrayList<>();
        participants.add(Map.of("subject", bramId, "attendance", "present"));
        participants.add(Map.of("subject", carlaId, "attendance", "present"));
        for (int i = 1; i <= 10; i++) {
            participants.add(Map.of("name", "Gast " + i, "attendance", "present"));
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> change(bram, workshop, "PUT", "/participants", Map.of("participants", participants)),
                        response -> response.statusCode() == 200);
        JsonPath planned =
                api(bram).get(workshop).then().statusCode(200).extract().jsonPath();
        assertThat(planned.getList("participants")).hasSize(12);
        assertThat(planned.getMap("groupSizeAdvice")).isNull();

        // The afternoon: running, step by step with the shared timer; only the facilitator drives it.
        change(bram, workshop, "PUT", "/status", Map.of("status", "running"))
                .then()
                .statusCode(200)
                .body("status", equalTo("running"));
        change(carla, workshop, "POST", "/steps/current", Map.of("step", 0))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        change(bram, workshop, "POST", "/steps/current", Map.of("step", 0))
                .then()
                .statusCode(200)
                .body("currentStep", equalTo(0));
        change(carla, workshop, "POST", "/timer/start", null).then().statusCode(403);
        change(bram, workshop, "POST", "/timer/start", null)
                .then()
                .statusCode(200)
                .body("timer.state", equalTo("running"));
        int paused = change(bram, workshop, "POST", "/timer/pause", null)
                .then()
                .statusCode(200)
                .body("timer.state", equalTo("paused"))
                .extract()
                .path("timer.remainingSeconds");
        change(bram, workshop, "POST", "/timer/extend", Map.of("minutes", 5))
                .then()
                .statusCode(200)
                .body("timer.state", equalTo("paused"))
                .body("timer.remainingSeconds", equalTo(paused + 300));
        change(carla, workshop, "POST", "/timer/end", null).then().statusCode(403);
        change(bram, workshop, "POST", "/timer/start", null).then().statusCode(200);
        change(bram, workshop, "POST", "/timer/end", null)
                .then()
                .statusCode(200)
                .body("timer.state", equalTo("stopped"));
        change(bram, workshop, "POST", "/steps/current", Map.of("step", 1))
                .then()
                .statusCode(200)
                .body("currentStep", equalTo(1));

        // The group writes on the CMC and votes in one round.
        String near = note(carla, cmc, "vision", "Zorg dichtbij huis");
        String together = note(carla, cmc, "coordination", "Eén gedeelde planning");
        note(bram, cmc, "demanders", "Ouderen die thuis willen blijven wonen");
        String round = facilitation(bram, cmc, "POST", "/voting-rounds", Map.of("votesPerParticipant", 3))
                .then()
                .statusCode(201)
                .extract()
                .path("openRound.id");
        vote(bram, cmc, round, near);
        vote(carla, cmc, round, near);
        vote(carla, cmc, round, together);
        facilitation(bram, cmc, "POST", "/voting-rounds/" + round + "/close", null)
                .then()
                .statusCode(200);

        // What happens next, then the presentation: each canvas is kept as a snapshot and presented.
        Map<String, Object> partnership = new HashMap<>();
        partnership.put("kind", "start-partnership-trajectory");
        partnership.put("text", "Een partnerschapstraject starten vanuit het BMC");
        partnership.put("owner", carlaId);
        partnership.put("dueDate", "2027-04-30");
        change(
                        bram,
                        workshop,
                        "PUT",
                        "/next-steps",
                        Map.of(
                                "nextSteps",
                                List.of(
                                        partnership,
                                        Map.of("kind", "invite-to-local-group", "text", "De gasten uitnodigen"))))
                .then()
                .statusCode(200)
                .body("nextSteps.size()", equalTo(2));
        change(bram, workshop, "PUT", "/status", Map.of("status", "presented"))
                .then()
                .statusCode(200)
                .body("status", equalTo("presented"));
        for (String canvas : List.of(cmc, bmc)) {
            api(carla).get(canvas).then().statusCode(200).body("status", equalTo("presented"));
            JsonPath snapshots = api(carla)
                    .get(canvas + "/snapshots")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(snapshots.getList("items.name", String.class))
                    .containsExactly("Gepresenteerd op de workshop Zorg in de wijk " + localGroup);
        }

        // The presentation: a title page, each canvas on its own page, the votes, the names, the next steps.
        Response download = api(bram).get(workshop + "/presentation.pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment; filename=\"zorg-in-de-wijk-" + localGroup + ".pdf\"");
        try (PDDocument pdf = Loader.loadPDF(download.asByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(8);
            assertThat(text(pdf, 1, 1)).contains("Zorg in de wijk " + localGroup, "donderdag 18 maart 2027");
            assertThat(text(pdf, 2, 2)).contains(cmcTitle);
            assertThat(text(pdf, 3, 3)).contains(bmcTitle);
            assertThat(text(pdf, 4, pdf.getNumberOfPages()))
                    .contains("ronde 1 · 3 stemmen", "1. Zorg dichtbij huis — 2 stemmen")
                    .contains("2. Eén gedeelde planning — 1 stem")
                    .contains("Bram Janssens", "Carla Maes", "Gast 1 (gast) — aanwezig", "Gast 10 (gast)")
                    .contains("Deelnemers (12 op de lijst, 12 aanwezig)")
                    .contains("Een partnerschapstraject starten: Een partnerschapstraject starten", "Wie: Carla Maes");
        }

        // The follow-up is done: closed, and what the day was no longer changes.
        change(bram, workshop, "PUT", "/status", Map.of("status", "closed"))
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"));
        change(bram, workshop, "PUT", "/next-steps", Map.of("nextSteps", List.of()))
                .then()
                .statusCode(409);
    }

    /** An admin sets up a local group and makes the users members; waits until their tokens carry it. */
    private static void setUpLocalGroup(String admin, String localGroup, String... usernames) throws Exception {
        String communityId = api(admin)
                .body(Map.of(
                        "name",
                        "E2E community " + localGroup,
                        "domain",
                        "Zorg",
                        "networkLeader",
                        "Weconomics",
                        "revenueModel",
                        Map.of("payer", "both", "basis", "per-period", "amount", 10)))
                .post("/api/partnership/communities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        api(admin)
                .body(Map.of(
                        "key",
                        localGroup,
                        "name",
                        "Lokale groep " + localGroup,
                        "region",
                        "Antwerpen",
                        "communityId",
                        communityId,
                        "contact",
                        Map.of("name", "Bram", "email", "bram@example.org")))
                .post("/api/partnership/local-groups")
                .then()
                .statusCode(201);
        for (String username : usernames) {
            String groupTag = api(admin)
                    .get("/api/partnership/local-groups/" + localGroup)
                    .then()
                    .statusCode(200)
                    .extract()
                    .header("ETag");
            api(admin)
                    .header("If-Match", groupTag)
                    .body(Map.of(
                            "userId",
                            PartnershipJourneyIT.subjectOf(RunningPlatform.token(username)),
                            "username",
                            username))
                    .post("/api/partnership/local-groups/" + localGroup + "/members")
                    .then()
                    .statusCode(201);
        }
        for (String username : usernames) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> PartnershipJourneyIT.groupsOf(RunningPlatform.token(username))
                            .contains("/local-groups/" + localGroup));
        }
    }

    private static String tag(String token, String workshop) {
        return api(token).get(workshop).then().statusCode(200).extract().header("ETag");
    }

    /** A change of the workshop with the ETag it has now. */
    private static Response change(String token, String workshop, String method, String below, Object body) {
        RequestSpecification request = api(token).header("If-Match", tag(token, workshop));
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, workshop + below);
    }

    /** A facilitation change of a canvas with the facilitation's ETag. */
    private static Response facilitation(String token, String canvas, String method, String below, Object body) {
        String facilitationTag = api(token)
                .get(canvas + "/facilitation")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        RequestSpecification request = api(token).header("If-Match", facilitationTag);
        if (body != null) {
            request = request.body(body);
        }
        return request.request(method, canvas + below);
    }

    private static String note(String token, String canvas, String blockKey, String text) {
        Response added =
                api(token).body(Map.of("blockKey", blockKey, "text", text)).post(canvas + "/notes");
        assertThat(added.statusCode()).as(added.asString()).isEqualTo(201);
        return added.path("id");
    }

    private static void vote(String token, String canvas, String round, String note) {
        api(token)
                .body(Map.of("noteId", note))
                .post(canvas + "/voting-rounds/" + round + "/votes")
                .then()
                .statusCode(200);
    }

    private static String text(PDDocument pdf, int first, int last) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        return stripper.getText(pdf);
    }

    private static RequestSpecification api(String token) {
        return given().baseUri(RunningPlatform.gateway()).auth().oauth2(token).contentType(ContentType.JSON);
    }
}
