package org.weconomics.partnership.tension;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

@QuarkusTest
class TensionReviewDueTest {

    private static final String REVIEW_DUE = "org.weconomics.partnership.tension-review-due";

    @Inject
    TensionReviewCheck check;

    @Test
    void aDueReviewIsPublishedOncePerReviewDate() {
        String group = TestData.localGroup();
        String anna = TestTokens.member("anna", group);
        String partnership = TestData.partnership(anna, group);
        Map<String, Object> due =
                TensionResourceTest.tension("Herinvestering", "value-capture", "revenue-streams", null);
        due.put("nextReviewDate", LocalDate.now().minusDays(1).toString());
        String tension = given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(due)
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> notYet = TensionResourceTest.tension("Later", "value-capture", null, null);
        notYet.put("nextReviewDate", LocalDate.now().plusDays(10).toString());
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(notYet)
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(201);

        check.publishDueReviews();
        check.publishDueReviews();

        var records = TopicReader.awaitRecords(
                Topics.PARTNERSHIP,
                record -> partnership.equals(record.key()) && REVIEW_DUE.equals(record.cloudEventType()),
                1,
                Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(records.get(0).value())
                .contains(tension, "\"reviewDate\":\"" + LocalDate.now().minusDays(1) + "\"");

        // A new review date falls due again, once.
        due.put("nextReviewDate", LocalDate.now().toString());
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(due)
                .when()
                .put("/partnerships/{p}/tensions/{t}", partnership, tension)
                .then()
                .statusCode(200);
        check.publishDueReviews();
        check.publishDueReviews();
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        TopicReader.readAll(Topics.PARTNERSHIP).stream()
                                .filter(record ->
                                        partnership.equals(record.key()) && REVIEW_DUE.equals(record.cloudEventType())))
                .hasSize(2));
        assertThat(TopicReader.readAll(Topics.PARTNERSHIP).stream()
                        .filter(record ->
                                partnership.equals(record.key()) && REVIEW_DUE.equals(record.cloudEventType())))
                .hasSize(2);
    }
}
