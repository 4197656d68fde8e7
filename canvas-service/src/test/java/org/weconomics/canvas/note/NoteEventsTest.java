package org.weconomics.canvas.note;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.events.Topics;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

/** The events of a canvas and its notes reach the real broker through the outbox, in the order things happened. */
@QuarkusTest
class NoteEventsTest {

    private final String group = CanvasTestData.localGroup();
    private final String kim = TestTokens.member("kim", group);

    @Test
    void theEventsOfOneNotesLifeArriveOnKafkaInOrder() {
        String canvas = CanvasTestData.canvas(kim, group, "Gebeurtenissen");
        String note = CanvasTestData.note(kim, canvas, "value-proposition", "Eerste versie");
        given().auth()
                .oauth2(kim)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "text",
                        "Tweede versie",
                        "colour",
                        "blue",
                        "valueTags",
                        List.of("social"),
                        "lensTags",
                        List.of()))
                .when()
                .put("/canvases/{c}/notes/{n}", canvas, note)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(kim)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("blockKey", "channels", "position", 0))
                .when()
                .put("/canvases/{c}/notes/{n}/placement", canvas, note)
                .then()
                .statusCode(200);
        CanvasTestData.comment(kim, canvas, note, "Klopt dit?");
        given().auth()
                .oauth2(kim)
                .header("If-Match", "\"2\"")
                .when()
                .delete("/canvases/{c}/notes/{n}", canvas, note)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(kim)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/canvases/{c}", canvas)
                .then()
                .statusCode(204);

        List<TopicReader.ReceivedRecord> records = TopicReader.awaitRecords(
                Topics.CANVAS, record -> canvas.equals(record.key()), 7, Duration.ofSeconds(30));

        assertThat(records)
                .extracting(TopicReader.ReceivedRecord::cloudEventType)
                .containsExactly(
                        "org.weconomics.canvas.created",
                        "org.weconomics.canvas.note-added",
                        "org.weconomics.canvas.note-changed",
                        "org.weconomics.canvas.note-moved",
                        "org.weconomics.canvas.note-comment-added",
                        "org.weconomics.canvas.note-removed",
                        "org.weconomics.canvas.deleted");
        assertThat(records.get(2).value())
                .contains("\"text\":\"Tweede versie\"", "\"valueTags\":[\"social\"]", "\"colour\":\"blue\"");
        assertThat(records.get(3).value())
                .contains("\"fromBlockKey\":\"value-proposition\"", "\"toBlockKey\":\"channels\"");
        assertThat(records.get(5).value()).contains("\"noteId\":\"" + note + "\"");
        assertThat(records)
                .allSatisfy(record -> assertThat(record.header("ce_subject")).isEqualTo(canvas));
    }

    @Test
    void updatingAndMovingACanvasOnArePublished() {
        String canvas = CanvasTestData.canvas(kim, group, "Wijzigingen");
        given().auth()
                .oauth2(kim)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Nieuwe titel", "topic", "Nieuw onderwerp"))
                .when()
                .put("/canvases/{id}", canvas)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(kim)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("status", "in-workshop"))
                .when()
                .put("/canvases/{id}/status", canvas)
                .then()
                .statusCode(200);

        List<TopicReader.ReceivedRecord> records = TopicReader.awaitRecords(
                Topics.CANVAS, record -> canvas.equals(record.key()), 3, Duration.ofSeconds(30));

        assertThat(records)
                .extracting(TopicReader.ReceivedRecord::cloudEventType)
                .containsExactly(
                        "org.weconomics.canvas.created",
                        "org.weconomics.canvas.updated",
                        "org.weconomics.canvas.status-changed");
        assertThat(records.get(1).value()).contains("\"title\":\"Nieuwe titel\"");
        assertThat(records.get(2).value()).contains("\"previousStatus\":\"draft\"", "\"status\":\"in-workshop\"");
    }
}
