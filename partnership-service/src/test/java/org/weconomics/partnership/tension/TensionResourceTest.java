package org.weconomics.partnership.tension;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

@QuarkusTest
class TensionResourceTest {

    private String anna;

    @BeforeEach
    void memberOfANewLocalGroup() {
        group = TestData.localGroup();
        anna = TestTokens.member("anna", group);
    }

    private String group;

    @Test
    void aTensionMovesThroughDialogueToAResolutionWithEveryChangeInItsHistory() {
        String partnership = TestData.partnership(anna, group);
        String wroeter = TestData.join(anna, partnership, TestData.organisation("social-economy"));
        String graden = TestData.join(anna, partnership, TestData.organisation("regular-economy"));
        Map<String, Object> body =
                tension("Verdeelsleutel van waarde", "value-capture", "revenue-streams", "strategic");
        body.put("ownerPartnerId", graden);
        body.put("agreementElement", 3);
        String tension = record(partnership, body)
                .body("status", equalTo("open"))
                .body("allowedNextStatuses", contains("in-dialogue"))
                .extract()
                .path("id");

        move(partnership, tension, 0, "resolved").statusCode(409);
        move(partnership, tension, 0, "in-dialogue").statusCode(200).header("ETag", "\"1\"");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "description",
                        "Jaarlijks herbekijken volgens inspanningen",
                        "agreedOn",
                        LocalDate.now().minusDays(1).toString(),
                        "agreedBy",
                        List.of(wroeter, graden)))
                .when()
                .post("/partnerships/{p}/tensions/{t}/solutions", partnership, tension)
                .then()
                .statusCode(200)
                .body("solutions", hasSize(1))
                .body("solutions[0].agreedBy", containsInAnyOrder(wroeter, graden));
        move(partnership, tension, 2, "resolved").statusCode(200).body("allowedNextStatuses", hasSize(0));
        move(partnership, tension, 3, "in-dialogue").statusCode(409);
        move(partnership, tension, 2, "accepted").statusCode(412);

        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/tensions/{t}/history", partnership, tension)
                .then()
                .statusCode(200)
                .body("items.action", contains("recorded", "status-changed", "solution-added", "status-changed"))
                .body("totalItems", equalTo(4))
                .body("items.changedBy", hasItem("anna"))
                .body("items[0].before", nullValue())
                .body("items[1].changedFields", contains("status"))
                .body("items[1].before.status", equalTo("open"))
                .body("items[1].after.status", equalTo("in-dialogue"))
                .body("items[2].changedFields", contains("solutions"))
                .body("items[3].after.status", equalTo("resolved"));

        var records = TopicReader.awaitRecords(
                Topics.PARTNERSHIP,
                record -> partnership.equals(record.key())
                        && record.cloudEventType().contains("tension"),
                4,
                Duration.ofSeconds(30));
        assertThat(records)
                .extracting(TopicReader.ReceivedRecord::cloudEventType)
                .containsExactly(
                        "org.weconomics.partnership.tension-recorded", "org.weconomics.partnership.tension-changed",
                        "org.weconomics.partnership.tension-changed", "org.weconomics.partnership.tension-changed");
    }

    @Test
    void theSummaryMatrixCountsWhatTheRegisterHolds() {
        String partnership = TestData.partnership(anna, group);
        String strategicCapture = record(partnership, tension("a", "value-capture", "revenue-streams", "strategic"))
                .extract()
                .path("id");
        record(partnership, tension("b", "value-capture", "cost-structure", "strategic"));
        record(partnership, tension("c", "value-creation", "key-resources", "organisational"));
        record(partnership, tension("d", "value-creation", null, null));
        String legal = record(partnership, tension("e", "value-creation", "key-partners", "legal"))
                .extract()
                .path("id");
        move(partnership, strategicCapture, 0, "in-dialogue").statusCode(200);
        move(partnership, strategicCapture, 1, "resolved").statusCode(200);
        move(partnership, legal, 0, "in-dialogue").statusCode(200);
        move(partnership, legal, 1, "accepted").statusCode(200);

        ValidatableResponse summary = given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/tensions/summary", partnership)
                .then()
                .statusCode(200);
        summary.body("tensions", equalTo(5))
                .body("rows.valueDomain", contains("value-proposition", "value-creation", "value-capture"))
                .body("rows[2].cells.find { it.category == 'strategic' }.open", equalTo(1))
                .body("rows[2].cells.find { it.category == 'strategic' }.resolved", equalTo(1))
                .body("rows[1].cells.find { it.category == 'legal' }.resolved", equalTo(1))
                .body("rows[1].cells.find { it.category == 'unprioritised' }.open", equalTo(1))
                .body("rows[1].open", equalTo(2))
                .body("rows[0].open", equalTo(0))
                .body("totals.find { it.category == 'strategic' }.open", equalTo(1));

        // The matrix agrees with the register read through its filters.
        for (String domain : List.of("value-proposition", "value-creation", "value-capture")) {
            for (String category : List.of("strategic", "organisational", "legal")) {
                int inRegister = given().auth()
                        .oauth2(anna)
                        .queryParam("valueDomain", domain)
                        .queryParam("category", category)
                        .when()
                        .get("/partnerships/{p}/tensions", partnership)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("totalItems");
                Map<String, Integer> cell = summary.extract()
                        .path("rows.find { it.valueDomain == '" + domain + "' }.cells.find { it.category == '"
                                + category + "' }");
                assertThat(cell.get("open") + cell.get("resolved"))
                        .as(domain + " × " + category)
                        .isEqualTo(inRegister);
            }
        }
        given().auth()
                .oauth2(anna)
                .queryParam("status", "open")
                .when()
                .get("/partnerships/{p}/tensions", partnership)
                .then()
                .body("items.title", contains("b", "c", "d"));
        given().auth()
                .oauth2(anna)
                .queryParam("bmcBlock", "key-resources")
                .when()
                .get("/partnerships/{p}/tensions", partnership)
                .then()
                .body("items.title", contains("c"));
    }

    @Test
    void overdueReviewsAreListed() {
        String partnership = TestData.partnership(anna, group);
        Map<String, Object> late = tension("Te laat", "value-proposition", "channels", null);
        late.put("valueDomain", "value-creation");
        late.put("nextReviewDate", LocalDate.now().minusDays(3).toString());
        record(partnership, late);
        Map<String, Object> later = tension("Later", "value-proposition", null, null);
        later.put("nextReviewDate", LocalDate.now().plusDays(30).toString());
        record(partnership, later);

        given().auth()
                .oauth2(anna)
                .queryParam("overdue", true)
                .when()
                .get("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(200)
                .body("items.title", contains("Te laat"))
                .body("items[0].reviewOverdue", equalTo(true));
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/tensions/summary", partnership)
                .then()
                .body("overdueReviews", equalTo(1));
    }

    @Test
    void suggestionsFollowThePartnershipsType() {
        String partnership = TestData.partnership(anna, group);
        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "nl")
                .when()
                .get("/partnerships/{p}/tension-suggestions", partnership)
                .then()
                .statusCode(200)
                .body("items.origin", hasItem("generic"))
                .body("items.origin", org.hamcrest.Matchers.not(hasItem("type-specific")))
                .body(
                        "items.find { it.key == 'cultural-differences' }.title",
                        equalTo("Cultuurverschillen tussen sociale & private partners"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name", TestData.unique("Wroeter"), "businessModel", "innovative", "activities", "integrated"))
                .when()
                .put("/partnerships/{p}", partnership)
                .then()
                .statusCode(200);
        Map<String, Object> fromCatalogue =
                tension("Integratie nieuwe partners", "value-creation", "key-partners", null);
        fromCatalogue.put("catalogueKey", "co-creation-integrating-new-partners");
        record(partnership, fromCatalogue);

        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/tension-suggestions", partnership)
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.key == 'co-creation-integrating-new-partners' }.alreadyRegistered",
                        equalTo(true))
                .body("items.find { it.key == 'platform-stakeholder-alignment' }", nullValue())
                .body("totalPages", equalTo(1));
    }

    static Map<String, Object> tension(String title, String domain, String block, String category) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "valueDomain", domain, "severity", "medium"));
        if (block != null) {
            body.put("bmcBlock", block);
        }
        if (category != null) {
            body.put("category", category);
        }
        return body;
    }

    private ValidatableResponse record(String partnership, Map<String, Object> body) {
        return given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(201);
    }

    private ValidatableResponse move(String partnership, String tension, long version, String status) {
        return given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("status", status))
                .when()
                .put("/partnerships/{p}/tensions/{t}/status", partnership, tension)
                .then();
    }
}
