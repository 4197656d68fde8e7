package org.weconomics.canvas.workshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.weconomics.canvas.workshop.WorkshopTestData.change;
import static org.weconomics.canvas.workshop.WorkshopTestData.workshop;
import static org.weconomics.canvas.workshop.WorkshopTestData.workshopBody;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.canvas.people.Members;
import org.weconomics.events.Topics;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

/**
 * The end of the day: next steps recorded, the workshop presented (a snapshot of each canvas, the outcome on the
 * workshop topic) and the presentation PDF with every canvas, the votes, the participants and the next steps.
 */
@QuarkusTest
class WorkshopPresentationTest {

    private final String group = CanvasTestData.localGroup();
    private final String facilitator = "facilitator-" + UUID.randomUUID();
    private final String member = "member-" + UUID.randomUUID();
    private final String token = TestTokens.member(facilitator, group);
    private final String memberToken = TestTokens.member(member, group);

    @Test
    void nextStepsAreRecordedWithAMemberAsOwnerAndRefusedNamingTheField() {
        Members.register(group, member);
        String id = workshop(token, workshopBody(group, "full-day-cmc"));

        change(token, "PUT", "/workshops/" + id + "/next-steps", nextSteps("stranger-" + UUID.randomUUID()), id)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", equalTo(List.of("nextSteps[0].owner")));
        Map<String, Object> unknownKind = Map.of("nextSteps", List.of(Map.of("kind", "party", "text", "Feest")));
        change(token, "PUT", "/workshops/" + id + "/next-steps", unknownKind, id)
                .statusCode(400)
                .body("invalidFields[0].field", startsWith("nextSteps[0].kind"));
        Map<String, Object> blank = Map.of("nextSteps", List.of(Map.of("kind", "other", "text", "  ")));
        change(token, "PUT", "/workshops/" + id + "/next-steps", blank, id)
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("nextSteps[0].text")));

        change(token, "PUT", "/workshops/" + id + "/next-steps", nextSteps(member), id)
                .statusCode(200)
                .body("nextSteps.size()", equalTo(2))
                .body("nextSteps[0].kind", equalTo("start-partnership-trajectory"))
                .body("nextSteps[0].owner", equalTo(member))
                .body("nextSteps[0].dueDate", equalTo("2027-04-30"))
                .body("nextSteps[1].owner", equalTo(null));

        // A member who does not facilitate the workshop does not decide its follow-up.
        given().auth()
                .oauth2(memberToken)
                .header("If-Match", WorkshopTestData.tag(token, id))
                .contentType(ContentType.JSON)
                .body(nextSteps(member))
                .when()
                .put("/workshops/{workshopId}/next-steps", id)
                .then()
                .statusCode(403);
        // Without If-Match nothing changes.
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(nextSteps(member))
                .when()
                .put("/workshops/{workshopId}/next-steps", id)
                .then()
                .statusCode(428);
    }

    @Test
    void presentingSnapshotsEveryCanvasAndPublishesTheOutcome() {
        Members.register(group, member);
        Day day = dayWithAVote();

        JsonPath cmcSnapshots = snapshotsOf(day.cmc());
        assertThat(cmcSnapshots.getList("items")).hasSize(1);
        assertThat(cmcSnapshots.getString("items[0].name"))
                .isEqualTo("Gepresenteerd op de workshop CMC voor de zorgcoöperatie");
        assertThat(cmcSnapshots.getInt("items[0].noteCount")).isEqualTo(3);
        JsonPath bmcSnapshots = snapshotsOf(day.bmc());
        assertThat(bmcSnapshots.getList("items")).hasSize(1);

        List<TopicReader.ReceivedRecord> presented = TopicReader.awaitRecords(
                Topics.WORKSHOP,
                record -> day.id().equals(record.key())
                        && "org.weconomics.workshop.presented".equals(record.cloudEventType()),
                1,
                Duration.ofSeconds(30));
        JsonPath outcome = new JsonPath(presented.get(0).value());
        assertThat(outcome.getString("workshopId")).isEqualTo(day.id());
        assertThat(outcome.getList("canvases.canvasId")).containsExactly(day.cmc(), day.bmc());
        assertThat(outcome.getString("canvases[0].snapshotId")).isEqualTo(cmcSnapshots.getString("items[0].id"));
        assertThat(outcome.getString("canvases[1].snapshotId")).isEqualTo(bmcSnapshots.getString("items[0].id"));
        assertThat(outcome.getInt("votingRounds[0].totalVotes")).isEqualTo(3);
        assertThat(outcome.getList("votingRounds[0].winners.text")).containsExactly("Zorg dichtbij huis");
        assertThat(outcome.getInt("votingRounds[0].winners[0].votes")).isEqualTo(2);
        assertThat(outcome.getInt("participantCount")).isEqualTo(12);
        assertThat(outcome.getList("nextSteps.kind"))
                .containsExactly("start-partnership-trajectory", "join-weconomics-network");
        assertThat(outcome.getString("nextSteps[0].owner")).isEqualTo(member);
    }

    @Test
    void thePresentationHasATitlePageEveryCanvasTheVotesTheParticipantsAndTheNextSteps() throws IOException {
        Members.register(group, member);
        Day day = dayWithAVote();

        ExtractableResponse<Response> download = given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}/presentation.pdf", day.id())
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Language", "nl")
                .extract();
        assertThat(download.header("Content-Disposition"))
                .startsWith("attachment; filename=\"cmc-voor-de-zorgcooperatie.pdf\"");
        byte[] pdf = download.asByteArray();
        Files.write(Path.of("target", "workshop-presentation-nl.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Title page, the CMC, the BMC, then votes, decisions, open questions, participants, next steps (the
            // open questions of two whole canvases take more than one page).
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(8);
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
            assertThat(page(document, 1)).contains("CMC voor de zorgcoöperatie", "donderdag 18 maart 2027", group);
            // Each canvas on its own page, under its own title, with the day of the workshop.
            assertThat(page(document, 2)).contains(titleOf(day.cmc()), "18 maart 2027", "Visie");
            assertThat(page(document, 3)).contains(titleOf(day.bmc()), "18 maart 2027");
            String rest = pages(document, 4, document.getNumberOfPages());
            assertThat(rest)
                    .contains("Stemmen per ronde", "ronde 1 · 3 stemmen", "1. Zorg dichtbij huis — 2 stemmen")
                    .contains("2. Samen plannen — 1 stem")
                    .contains("Besluiten", "niet als besluit markeren")
                    .contains("Open vragen per bouwsteen")
                    .contains("Deelnemers (12 op de lijst, 12 aanwezig)", "Gast 0 (gast) — aanwezig")
                    .contains("Name of " + member)
                    .contains("Volgende stappen", "1. Een partnerschapstraject starten: Een partnerschap starten")
                    .contains("Wie: Name of " + member, "Tegen 30 april 2027");
        }

        // The same day in English.
        Map<String, Object> english = workshopBody(group, "full-day-cmc");
        english.put("language", "en");
        english.put("title", "Community day");
        String englishId = workshop(token, english);
        byte[] englishPdf = given().auth()
                .oauth2(token)
                .when()
                .get("/workshops/{workshopId}/presentation.pdf", englishId)
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .extract()
                .asByteArray();
        Files.write(Path.of("target", "workshop-presentation-en.pdf"), englishPdf);
        try (PDDocument document = Loader.loadPDF(englishPdf)) {
            assertThat(page(document, 1)).contains("Community day", "Thursday 18 March 2027");
            assertThat(pages(document, 3, document.getNumberOfPages()))
                    .contains("Votes per round", "No voting round was closed", "Decisions", "Participants")
                    .contains("Next steps", "No next steps were recorded yet.");
        }

        String outsider = TestTokens.member("outsider-" + UUID.randomUUID(), CanvasTestData.localGroup());
        given().auth()
                .oauth2(outsider)
                .when()
                .get("/workshops/{workshopId}/presentation.pdf", day.id())
                .then()
                .statusCode(404);
    }

    /**
     * A CMC + BMC workshop of twelve present guests, run: three notes on the CMC, a voting round (2 votes on one,
     * 1 on another) closed, next steps recorded, then presented.
     */
    private Day dayWithAVote() {
        JsonPath created = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(workshopBody(group, "full-day-cmc-bmc"))
                .when()
                .post("/workshops")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        String cmc = created.getString("canvasIds[0]");
        String bmc = created.getString("canvasIds[1]");
        List<Map<String, Object>> present = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            present.add(Map.of("name", "Gast " + i, "attendance", "present"));
        }
        change(token, "PUT", "/workshops/" + id + "/participants", Map.of("participants", present), id)
                .statusCode(200);
        change(token, "PUT", "/workshops/" + id + "/status", Map.of("status", "running"), id)
                .statusCode(200);

        String near = CanvasTestData.note(token, cmc, "vision", "Zorg dichtbij huis");
        String together = CanvasTestData.note(token, cmc, "coordination", "Samen plannen");
        CanvasTestData.note(token, cmc, "demanders", "Ouderen in de wijk");
        Map<String, Object> round = new HashMap<>();
        round.put("votesPerParticipant", 3);
        String roundId = canvasChange(token, "POST", "/canvases/" + cmc + "/voting-rounds", round, cmc)
                .statusCode(201)
                .extract()
                .path("openRound.id");
        vote(token, cmc, roundId, near);
        vote(memberToken, cmc, roundId, near);
        vote(memberToken, cmc, roundId, together);
        canvasChange(token, "POST", "/canvases/" + cmc + "/voting-rounds/" + roundId + "/close", null, cmc)
                .statusCode(200);

        change(token, "PUT", "/workshops/" + id + "/next-steps", nextSteps(member), id)
                .statusCode(200);
        change(token, "PUT", "/workshops/" + id + "/status", Map.of("status", "presented"), id)
                .statusCode(200)
                .body("status", equalTo("presented"));
        return new Day(id, cmc, bmc);
    }

    private record Day(String id, String cmc, String bmc) {}

    private static Map<String, Object> nextSteps(String owner) {
        Map<String, Object> partnership = new HashMap<>();
        partnership.put("kind", "start-partnership-trajectory");
        partnership.put("text", "Een partnerschap starten met de drie thuiszorgorganisaties, vanuit het BMC");
        partnership.put("owner", owner);
        partnership.put("dueDate", "2027-04-30");
        return Map.of(
                "nextSteps",
                List.of(partnership, Map.of("kind", "join-weconomics-network", "text", "Aansluiten bij het netwerk")));
    }

    private static io.restassured.response.ValidatableResponse canvasChange(
            String token, String method, String path, Object body, String canvas) {
        String tag = given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}/facilitation", canvas)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        var request = given().auth().oauth2(token).header("If-Match", tag);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().request(method, path).then();
    }

    private static void vote(String token, String canvas, String round, String note) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("noteId", note))
                .when()
                .post("/canvases/{c}/voting-rounds/{r}/votes", canvas, round)
                .then()
                .statusCode(200);
    }

    private String titleOf(String canvas) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}", canvas)
                .then()
                .statusCode(200)
                .extract()
                .path("title");
    }

    private JsonPath snapshotsOf(String canvas) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/canvases/{c}/snapshots", canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static String page(PDDocument document, int page) throws IOException {
        return pages(document, page, page);
    }

    private static String pages(PDDocument document, int first, int last) throws IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(first);
        text.setEndPage(last);
        return text.getText(document);
    }
}
