package org.weconomics.canvas.facilitation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.feed.CanvasFeed;
import org.weconomics.canvas.feed.SseClient;

/**
 * While a voting round is open, who voted for what is the voter's and the facilitator's: other participants see no
 * vote-cast or vote-withdrawn in the history or the live feed until the round closes (as with the results).
 */
@QuarkusTest
class VotesStayPrivateUntilCloseTest {

    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL base;

    @Inject
    CanvasFeed feed;

    @Test
    void otherParticipantsSeeNoVotesInTheFeedOrHistoryWhileTheRoundIsOpen() {
        await().atMost(Duration.ofSeconds(30)).until(feed::isReceivingChanges);
        Workshop workshop = new Workshop("Geheime stemming");
        String note = workshop.note(workshop.facilitator, "channels", "Een kanaal");
        String round = workshop.openRound(3, null, List.of());
        SseClient miraScreen = SseClient.open(feedOf(workshop), workshop.mira, null);
        SseClient facilitatorScreen = SseClient.open(feedOf(workshop), workshop.facilitator, null);
        SseClient pietScreen = SseClient.open(feedOf(workshop), workshop.piet, null);

        workshop.vote(workshop.piet, round, note).then().statusCode(200);
        workshop.withdraw(workshop.piet, round, note).then().statusCode(200);
        workshop.note(workshop.facilitator, "channels", "Daarna");

        await().atMost(PROMPTLY).until(() -> facilitatorScreen.events().size() == 3);
        await().atMost(PROMPTLY).until(() -> pietScreen.events().size() == 3);
        await().atMost(PROMPTLY).until(() -> miraScreen.events().size() == 1);
        assertThat(miraScreen.events()).extracting(SseClient.Event::name).containsExactly("note-added");
        assertThat(pietScreen.events())
                .extracting(SseClient.Event::name)
                .containsExactly("vote-cast", "vote-withdrawn", "note-added");
        assertThat(facilitatorScreen.events())
                .extracting(SseClient.Event::name)
                .containsExactly("vote-cast", "vote-withdrawn", "note-added");
        miraScreen.close();
        facilitatorScreen.close();
        pietScreen.close();
        assertThat(historyKinds(workshop, workshop.mira)).doesNotContain("vote-cast", "vote-withdrawn");
        assertThat(historyKinds(workshop, workshop.piet)).contains("vote-cast", "vote-withdrawn");

        workshop.closeRound(round);

        assertThat(historyKinds(workshop, workshop.mira)).contains("vote-cast", "vote-withdrawn");
    }

    private static List<String> historyKinds(Workshop workshop, String token) {
        return given().auth()
                .oauth2(token)
                .queryParam("order", "oldest")
                .when()
                .get("/canvases/{c}/history", workshop.canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.kind", String.class);
    }

    private URI feedOf(Workshop workshop) {
        return URI.create(base.toString()).resolve("/canvases/" + workshop.canvas + "/feed");
    }
}
