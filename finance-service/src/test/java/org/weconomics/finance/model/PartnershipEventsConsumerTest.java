package org.weconomics.finance.model;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;
import org.weconomics.testing.TopicReader.ReceivedRecord;
import org.weconomics.testing.TopicWriter;
import org.weconomics.testing.TopicWriter.CloudEvent;

/** The idempotent consumer and its dead letters, against the real broker. */
@QuarkusTest
class PartnershipEventsConsumerTest {

    private static final String DEAD_LETTERS = Topics.deadLetterOf("finance-service");

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void aCreatedPartnershipGetsItsEarningsModel() {
        UUID partnership = UUID.randomUUID();
        TopicWriter.publish(partnershipCreated(partnership, UUID.randomUUID().toString()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth()
                .oauth2(anna)
                .queryParam("partnershipId", partnership)
                .when()
                .get("/earnings-models")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].partnershipId", equalTo(partnership.toString()))
                .body("items[0].currency", equalTo("EUR"))
                .body("items[0].partnershipName", equalTo("De Wroeter & 37graden")));
        // Another local group's member does not see it, neither filtered nor in the whole list.
        String bram = TestTokens.member("bram", "antwerpen");
        given().auth()
                .oauth2(bram)
                .queryParam("partnershipId", partnership)
                .when()
                .get("/earnings-models")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(bram)
                .queryParam("size", 200)
                .when()
                .get("/earnings-models")
                .then()
                .statusCode(200)
                .body(
                        "items.partnershipId",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(partnership.toString())))
                .body("items.localGroup", org.hamcrest.Matchers.everyItem(equalTo("antwerpen")));
        given().auth()
                .oauth2(anna)
                .queryParam("localGroup", "gent")
                .queryParam("size", 1)
                .when()
                .get("/earnings-models")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1))
                .body("size", equalTo(1))
                .body("items.localGroup", org.hamcrest.Matchers.everyItem(equalTo("gent")));
    }

    @Test
    void anEventDeliveredTwiceHasOneEffect() {
        UUID partnership = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        TopicWriter.publish(partnershipCreated(partnership, eventId));
        TopicWriter.publish(partnershipCreated(partnership, eventId));
        UUID marker = UUID.randomUUID();
        TopicWriter.publish(partnershipCreated(marker, UUID.randomUUID().toString()));

        // Events of one topic are consumed in order per partition; wait until a later one was applied too.
        await().atMost(Duration.ofSeconds(30)).until(() -> modelsOf(marker) == 1 && modelsOf(partnership) >= 1);
        assertThat(modelsOf(partnership)).isEqualTo(1);
        assertThat(TopicReader.awaitRecords(
                        Topics.EARNINGS_MODEL,
                        record -> record.value().contains(partnership.toString()),
                        1,
                        Duration.ofSeconds(30)))
                .hasSize(1);
        assertThat(TopicReader.readAll(DEAD_LETTERS)).noneMatch(record -> eventId.equals(record.cloudEventId()));
    }

    @Test
    void anEventOfAnUnknownTypeIsDeadLetteredWithTheReason() {
        String eventId = UUID.randomUUID().toString();
        TopicWriter.publish(new CloudEvent(
                Topics.PARTNERSHIP,
                UUID.randomUUID().toString(),
                eventId,
                "org.weconomics.partnership.teleported",
                "urn:weconomics:event:org.weconomics.partnership.teleported:v1",
                "{}"));

        ReceivedRecord parked = TopicReader.awaitRecords(
                        DEAD_LETTERS, record -> eventId.equals(record.cloudEventId()), 1, Duration.ofSeconds(30))
                .get(0);
        assertThat(parked.header("dead-letter-reason"))
                .contains("No contract describes type org.weconomics.partnership.teleported");
    }

    @Test
    void anEventThatBreaksItsContractIsDeadLetteredAndLaterEventsStillFlow() {
        String eventId = UUID.randomUUID().toString();
        TopicWriter.publish(new CloudEvent(
                Topics.PARTNERSHIP,
                UUID.randomUUID().toString(),
                eventId,
                PartnershipEvents.CREATED.type(),
                PartnershipEvents.CREATED.dataSchema(),
                "{\"partnershipId\": 42"));
        UUID later = UUID.randomUUID();
        TopicWriter.publish(partnershipCreated(later, UUID.randomUUID().toString()));

        ReceivedRecord parked = TopicReader.awaitRecords(
                        DEAD_LETTERS, record -> eventId.equals(record.cloudEventId()), 1, Duration.ofSeconds(30))
                .get(0);
        assertThat(parked.header("dead-letter-reason")).contains("breaks contract");
        await().atMost(Duration.ofSeconds(30)).until(() -> modelsOf(later) == 1);
    }

    private static long modelsOf(UUID partnership) {
        return QuarkusTransaction.requiringNew().call(() -> EarningsModel.count("partnershipId", partnership));
    }

    private static CloudEvent partnershipCreated(UUID partnership, String eventId) {
        String json = "{\"partnershipId\":\"" + partnership + "\",\"localGroup\":\"gent\","
                + "\"name\":\"De Wroeter & 37graden\",\"createdBy\":\"anna\"}";
        return new CloudEvent(
                Topics.PARTNERSHIP,
                partnership.toString(),
                eventId,
                PartnershipEvents.CREATED.type(),
                PartnershipEvents.CREATED.dataSchema(),
                json);
    }
}
