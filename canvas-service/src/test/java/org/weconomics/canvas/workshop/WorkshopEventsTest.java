package org.weconomics.canvas.workshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.weconomics.canvas.workshop.WorkshopTestData.change;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.canvas.feed.SseClient;
import org.weconomics.events.Topics;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

/**
 * A workshop's events reach the real broker through the outbox in the order they happened, and the shared timer
 * reaches every screen through the live feed of the step's canvas.
 */
@QuarkusTest
class WorkshopEventsTest {

    @TestHTTPResource("/")
    URL base;

    private final String group = CanvasTestData.localGroup();
    private final String facilitator = "facilitator-" + UUID.randomUUID();
    private final String token = TestTokens.member(facilitator, group);

    @Test
    void everyChangeOfAWorkshopIsPublishedInOrderOnTheWorkshopTopic() {
        String id = WorkshopTestData.workshop(token, WorkshopTestData.workshopBody(group, "full-day-cmc"));
        change(
                        token,
                        "PUT",
                        "/workshops/" + id + "/participants",
                        Map.of("participants", WorkshopTestData.guests(3)),
                        id)
                .statusCode(200);
        change(token, "PUT", "/workshops/" + id + "/status", Map.of("status", "running"), id)
                .statusCode(200);

        List<TopicReader.ReceivedRecord> records =
                TopicReader.awaitRecords(Topics.WORKSHOP, record -> id.equals(record.key()), 3, Duration.ofSeconds(30));
        assertThat(records)
                .extracting(TopicReader.ReceivedRecord::cloudEventType)
                .containsExactly(
                        "org.weconomics.canvas.workshop-created",
                        "org.weconomics.canvas.workshop-changed",
                        "org.weconomics.canvas.workshop-status-changed");
        assertThat(records.get(0).value()).contains("\"format\":\"full-day-cmc\"", "\"date\":\"2027-03-18\"");
        assertThat(records.get(1).value()).contains("\"part\":\"participants\"");
        assertThat(records.get(2).value()).contains("\"previousStatus\":\"planned\"", "\"status\":\"running\"");
        assertThat(records)
                .allSatisfy(record -> assertThat(record.header("ce_subject")).isEqualTo(id));
    }

    @Test
    void theTimerReachesEveryScreenThatFollowsTheStepsCanvas() throws Exception {
        JsonPath created = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(WorkshopTestData.workshopBody(group, "full-day-cmc"))
                .when()
                .post("/workshops")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String id = created.getString("id");
        String canvas = created.getString("canvasIds[0]");
        String participant = TestTokens.member("deelnemer-" + UUID.randomUUID(), group);
        try (SseClient screen = SseClient.open(
                URI.create(base.toString()).resolve("/canvases/" + canvas + "/feed"), participant, null)) {
            assertThat(screen.status()).isEqualTo(200);
            change(token, "POST", "/workshops/" + id + "/steps/current", WorkshopTestData.moveTo(0), id)
                    .statusCode(200);
            change(token, "POST", "/workshops/" + id + "/timer/start", null, id).statusCode(200);
            await().atMost(Duration.ofSeconds(10)).until(() -> screen.events().stream()
                    .anyMatch(event -> event.name().equals("workshop-timer-changed")));
            assertThat(screen.events())
                    .extracting(SseClient.Event::name)
                    .containsSubsequence("focus-moved", "workshop-timer-changed");
            SseClient.Event timer = screen.events().stream()
                    .filter(event -> event.name().equals("workshop-timer-changed"))
                    .findFirst()
                    .orElseThrow();
            assertThat(timer.data()).contains("\"state\":\"running\"", "\"remainingSeconds\":600");
        }
    }
}
