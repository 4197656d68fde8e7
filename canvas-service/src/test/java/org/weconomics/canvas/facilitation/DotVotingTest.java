package org.weconomics.canvas.facilitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Dot voting: allowances hold, also under concurrent votes, results are right and the pictures show them. */
@QuarkusTest
class DotVotingTest {

    @Test
    void votesNeverExceedTheAllowanceNorTheLimitPerNoteAndCanBeWithdrawn() {
        Workshop workshop = new Workshop("Stemmen binnen de perken");
        String a = workshop.note(workshop.piet, "channels", "Webshop");
        String b = workshop.note(workshop.piet, "channels", "Markt");
        String c = workshop.note(workshop.piet, "channels", "Winkel");
        String round = workshop.openRound(3, 2, null);

        workshop.vote(workshop.mira, round, a).then().statusCode(200).body("remaining", equalTo(2));
        workshop.vote(workshop.mira, round, a).then().statusCode(200).body("remaining", equalTo(1));
        workshop.vote(workshop.mira, round, a)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:vote-limit-reached"))
                .body("detail", containsString("the most voting round 1 allows on one note"));
        workshop.vote(workshop.mira, round, b).then().statusCode(200).body("remaining", equalTo(0));
        workshop.vote(workshop.mira, round, c)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:weconomics:vote-limit-reached"))
                .body("detail", containsString("cast all 3 of your votes"));

        workshop.withdraw(workshop.mira, round, a)
                .then()
                .statusCode(200)
                .body("used", equalTo(2))
                .body("remaining", equalTo(1));
        workshop.vote(workshop.mira, round, c).then().statusCode(200).body("remaining", equalTo(0));
        workshop.withdraw(workshop.piet, round, a)
                .then()
                .statusCode(409)
                .body("type", equalTo("urn:problem-type:weconomics:no-vote-to-withdraw"))
                .body("detail", containsString("no vote on note"));

        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/voting-rounds/{r}/ballot", workshop.canvas, round)
                .then()
                .statusCode(200)
                .body("used", equalTo(3))
                .body("remaining", equalTo(0))
                .body("votes.size()", equalTo(3));
        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/facilitation", workshop.canvas)
                .then()
                .statusCode(200)
                .body("openRound.id", equalTo(round))
                .body("openRound.yourVotesUsed", equalTo(3))
                .body("openRound.yourVotesRemaining", equalTo(0));
        given().auth()
                .oauth2(workshop.piet)
                .when()
                .get("/canvases/{c}/facilitation", workshop.canvas)
                .then()
                .statusCode(200)
                .body("openRound.yourVotesRemaining", equalTo(3));
    }

    @Test
    void concurrentVotesOfOneParticipantNeverOverspend() throws Exception {
        Workshop workshop = new Workshop("Gelijktijdig stemmen");
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            notes.add(workshop.note(workshop.piet, "key-activities", "Activiteit " + i));
        }
        String round = workshop.openRound(3, null, null);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> votes = notes.stream()
                    .<Callable<Integer>>map(note ->
                            () -> workshop.vote(workshop.mira, round, note).statusCode())
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(votes)) {
                statuses.add(status.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(3);
        } finally {
            pool.shutdownNow();
        }

        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/voting-rounds/{r}/ballot", workshop.canvas, round)
                .then()
                .statusCode(200)
                .body("used", equalTo(3))
                .body("remaining", equalTo(0));
        workshop.closeRound(round);
        JsonPath results = given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/voting-rounds/{r}/results", workshop.canvas, round)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(results.getInt("totalVotes")).isEqualTo(3);
    }

    @Test
    void resultsRankTheNotesByVotesAndOnlyTheFacilitatorSeesThemWhileTheRoundIsOpen() {
        Workshop workshop = new Workshop("Uitslag");
        String webshop = workshop.note(workshop.piet, "channels", "Webshop");
        String markt = workshop.note(workshop.piet, "channels", "Markt");
        String winkel = workshop.note(workshop.piet, "channels", "Winkel");
        String partner = workshop.note(workshop.piet, "key-partners", "Buiten de ronde");
        String round = workshop.openRound(3, null, List.of("channels"));

        workshop.vote(workshop.piet, round, markt).then().statusCode(200);
        workshop.vote(workshop.piet, round, markt).then().statusCode(200);
        workshop.vote(workshop.piet, round, webshop).then().statusCode(200);
        workshop.vote(workshop.mira, round, webshop).then().statusCode(200);
        workshop.vote(workshop.mira, round, markt).then().statusCode(200);
        workshop.vote(workshop.facilitator, round, winkel).then().statusCode(200);
        workshop.vote(workshop.mira, round, partner)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("noteId")));

        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/voting-rounds/{r}/results", workshop.canvas, round)
                .then()
                .statusCode(403)
                .body("type", equalTo("urn:problem-type:weconomics:results-not-yet-visible"))
                .body("detail", containsString("once the facilitator closes it"));
        given().auth()
                .oauth2(workshop.facilitator)
                .when()
                .get("/canvases/{c}/voting-rounds/{r}/results", workshop.canvas, round)
                .then()
                .statusCode(200)
                .body("status", equalTo("open"));

        workshop.closeRound(round);
        workshop.vote(workshop.mira, round, winkel).then().statusCode(409).body("detail", containsString("closed"));

        JsonPath results = given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/voting-rounds/{r}/results", workshop.canvas, round)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(results.getString("status")).isEqualTo("closed");
        assertThat(results.getInt("totalVotes")).isEqualTo(6);
        assertThat(results.getList("notes.text", String.class)).containsExactly("Markt", "Webshop", "Winkel");
        assertThat(results.getList("notes.votes", Integer.class)).containsExactly(3, 2, 1);
        assertThat(results.getList("notes.rank", Integer.class)).containsExactly(1, 2, 3);
        assertThat(workshop.state(workshop.mira))
                .containsEntry("openRound", null)
                .containsEntry("latestClosedRoundId", round);
    }

    @Test
    void pastRoundsAreKeptAndThePicturesShowTheVotesOfTheLatestClosedRound() throws IOException {
        Workshop workshop = new Workshop("Stemmen op de foto");
        String webshop = workshop.note(workshop.piet, "channels", "Webshop");
        assertThat(svg(workshop)).doesNotContain("aantal stemmen");

        String first = workshop.openRound(5, null, null);
        workshop.vote(workshop.mira, first, webshop).then().statusCode(200);
        assertThat(svg(workshop)).as("an open round is not drawn").doesNotContain("aantal stemmen");
        workshop.change(
                        workshop.facilitator,
                        "POST",
                        "/canvases/{c}/voting-rounds",
                        java.util.Map.of("votesPerParticipant", 1))
                .then()
                .statusCode(409)
                .body("detail", containsString("still open"));
        workshop.closeRound(first);
        assertThat(svg(workshop)).contains("aantal stemmen");
        assertThat(appendix(workshop)).contains("Webshop").contains("1 stem");

        String second = workshop.openRound(5, null, null);
        for (int i = 0; i < 4; i++) {
            workshop.vote(workshop.piet, second, webshop).then().statusCode(200);
        }
        workshop.closeRound(second);
        assertThat(appendix(workshop)).contains("4 stemmen");

        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/voting-rounds", workshop.canvas)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.number", equalTo(List.of(2, 1)))
                .body("items.status", equalTo(List.of("closed", "closed")))
                .body("items[1].yourVotesUsed", equalTo(1));
        given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/voting-rounds/{r}", workshop.canvas, first)
                .then()
                .statusCode(200)
                .body("number", equalTo(1))
                .body("closedBy", equalTo("fien"))
                .body("maxVotesPerNote", nullValue());
    }

    @Test
    void aRoundsSettingsAreValidatedNamingTheFields() {
        Workshop workshop = new Workshop("Verkeerde ronde");
        workshop.change(
                        workshop.facilitator,
                        "POST",
                        "/canvases/{c}/voting-rounds",
                        java.util.Map.of(
                                "votesPerParticipant", 2, "maxVotesPerNote", 3, "blockKeys", List.of("channels", "x")))
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("maxVotesPerNote", "blockKeys[1]")));
        workshop.change(workshop.facilitator, "POST", "/canvases/{c}/voting-rounds", java.util.Map.of())
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("votesPerParticipant")));
    }

    private static String svg(Workshop workshop) {
        return given().auth()
                .oauth2(workshop.mira)
                .when()
                .get("/canvases/{c}/picture.svg", workshop.canvas)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static String appendix(Workshop workshop) throws IOException {
        byte[] pdf = given().auth()
                .oauth2(workshop.mira)
                .queryParam("appendix", true)
                .when()
                .get("/canvases/{c}/picture.pdf", workshop.canvas)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
