package org.weconomics.finance.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.events.finance.EarningsModelEvents;
import org.weconomics.finance.PartnershipFixture;
import org.weconomics.testing.TopicReader;
import org.weconomics.testing.TopicReader.ReceivedRecord;

/** The margin distribution rule, what it gives each partner, and its event for the partnership service. */
@QuarkusTest
class DistributionTest {

    @Test
    void aNewRuleIsPublishedWithEveryPartnersShareInPercentAndAmount() {
        PartnershipFixture p = withSixThousandToDivide();

        String rule = "{\"key\": \"fixed-percentages\", \"fixedPercentages\": ["
                + "{\"partyId\": \"" + p.werkplaats + "\", \"percentage\": 66.67},"
                + "{\"partyId\": \"" + p.houthandel + "\", \"percentage\": 33.33}],"
                + "\"incentives\": [{\"partyId\": \"" + p.houthandel + "\", \"kind\": \"founder-fee\", \"value\": 100, "
                + "\"unit\": \"amount\"}]}";
        p.put("/distribution", rule)
                .then()
                .statusCode(200)
                .body("distributedMargin", equalTo(6000.00f))
                .body("distribution.shares.find { it.partyId == '" + p.werkplaats + "' }.amount", equalTo(3933.53f))
                .body("distribution.shares.find { it.partyId == '" + p.houthandel + "' }.amount", equalTo(2066.47f));

        ReceivedRecord published = TopicReader.awaitRecords(
                        Topics.EARNINGS_MODEL,
                        record ->
                                EarningsModelEvents.DISTRIBUTION_CHANGED.type().equals(record.cloudEventType())
                                        && record.value().contains(p.modelId.toString()),
                        1,
                        Duration.ofSeconds(30))
                .get(0);
        JsonPath event = JsonPath.from(published.value());
        assertThat(event.getString("rule.key")).isEqualTo("fixed-percentages");
        assertThat(event.getList("shares.partyId")).containsExactly(p.werkplaats.toString(), p.houthandel.toString());
        assertThat(event.getList("shares.amount", Float.class)).containsExactly(3933.53f, 2066.47f);
        assertThat(event.getList("shares.percent", Float.class)).containsExactly(65.56f, 34.44f);
        assertThat(event.getFloat("distributedMargin")).isEqualTo(6000.00f);
    }

    @Test
    void aChangeThatMovesTheSharesPublishesThemAgainAndOneThatDoesNotPublishesNothing() {
        PartnershipFixture p = withSixThousandToDivide();
        p.put("/distribution", "{\"key\": \"equal-split\"}").then().statusCode(200);

        // a higher price: margin 80.00 per unit, 8000.00 to divide
        p.put("/pricing", "{\"fixedPrice\": {\"price\": 270.00}, \"chosenMethod\": \"fixed-price\"}")
                .then()
                .statusCode(200);
        // year 2 does not change what year 1 divides
        p.put(
                        "/projection/revenue",
                        "{\"horizonYears\": 2, \"revenue\": {\"volumes\": "
                                + "[{\"year\": 1, \"volume\": 100}, {\"year\": 2, \"volume\": 150}]}}")
                .then()
                .statusCode(200);
        p.put("/pricing", "{\"fixedPrice\": {\"price\": 260.00}, \"chosenMethod\": \"fixed-price\"}")
                .then()
                .statusCode(200);

        List<ReceivedRecord> published = TopicReader.awaitRecords(
                Topics.EARNINGS_MODEL,
                record -> EarningsModelEvents.DISTRIBUTION_CHANGED.type().equals(record.cloudEventType())
                        && record.value().contains(p.modelId.toString()),
                3,
                Duration.ofSeconds(30));
        assertThat(published)
                .extracting(record -> JsonPath.from(record.value()).getFloat("distributedMargin"))
                .containsExactly(6000.00f, 8000.00f, 7000.00f);
        assertThat(JsonPath.from(published.get(2).value()).getList("shares.amount", Float.class))
                .containsExactly(3500.00f, 3500.00f);
    }

    @Test
    void withoutAPriceTheEventCarriesTheKeyPercentagesOnly() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.put("/distribution", "{\"key\": \"equal-split\"}")
                .then()
                .statusCode(200)
                .body("keyShares.parties.percent", equalTo(List.of(50.00f, 50.00f)));

        ReceivedRecord published = TopicReader.awaitRecords(
                        Topics.EARNINGS_MODEL,
                        record ->
                                EarningsModelEvents.DISTRIBUTION_CHANGED.type().equals(record.cloudEventType())
                                        && record.value().contains(p.modelId.toString()),
                        1,
                        Duration.ofSeconds(30))
                .get(0);
        JsonPath event = JsonPath.from(published.value());
        assertThat(event.getList("shares.percent", Float.class)).containsExactly(50.00f, 50.00f);
        assertThat(event.getList("shares.amount")).containsExactly(null, null);
    }

    @Test
    void percentagesThatDoNotAddUpAndUnknownPartiesAreNamed() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.put(
                        "/distribution",
                        "{\"key\": \"fixed-percentages\", \"fixedPercentages\": ["
                                + "{\"partyId\": \"" + p.werkplaats + "\", \"percentage\": 60},"
                                + "{\"partyId\": \"" + p.houthandel + "\", \"percentage\": 30}]}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("fixedPercentages"));
        p.put(
                        "/distribution",
                        "{\"key\": \"fixed-percentages\", \"fixedPercentages\": ["
                                + "{\"partyId\": \"" + p.werkplaats + "\", \"percentage\": 70},"
                                + "{\"partyId\": \"someone-else\", \"percentage\": 30}]}")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("fixedPercentages[1].partyId"));
        p.get("/distribution").then().body("rule.key", equalTo("cost-contribution"));
    }

    /** Unit cost 190.00, fixed price 250.00: a margin of 60.00 per unit; 100 units in year 1: 6000.00 to divide. */
    private static PartnershipFixture withSixThousandToDivide() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.enterCosts();
        p.put("/pricing", "{\"fixedPrice\": {\"price\": 250.00}, \"chosenMethod\": \"fixed-price\"}")
                .then()
                .statusCode(200);
        p.put(
                        "/projection/revenue",
                        "{\"horizonYears\": 2, \"revenue\": {\"volumes\": "
                                + "[{\"year\": 1, \"volume\": 100}, {\"year\": 2, \"volume\": 120}]}}")
                .then()
                .statusCode(200);
        return p;
    }
}
