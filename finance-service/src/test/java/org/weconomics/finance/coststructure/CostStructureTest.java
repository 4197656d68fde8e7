package org.weconomics.finance.coststructure;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.weconomics.events.partnership.PartnerLeft;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.ValueChainActivityRemoved;
import org.weconomics.events.partnership.ValueChainReordered;
import org.weconomics.finance.PartnershipFixture;

/** The path partnership events → cost structure, and the figures entered on it. */
@QuarkusTest
class CostStructureTest {

    @Test
    void theValueChainEventsBecomeTheCostStructureAndTheEnteredFiguresAddUp() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.get("/cost-structure")
                .then()
                .statusCode(200)
                .body("valueChain.name", contains("Intake", "Production"))
                .body("figures.totalCost", equalTo(0.0f));

        p.enterCosts();

        // werkplaats: 45 + 60 + 35 = 140, houthandel: 50; total 190
        p.get("/cost-structure")
                .then()
                .statusCode(200)
                .body("figures.totalCost", equalTo(190.00f))
                .body("figures.activities[0].subActions[1].totalCost", equalTo(60.00f))
                .body("figures.parties.find { it.partyId == '" + p.werkplaats + "' }.totalCost", equalTo(140.00f))
                .body("figures.parties.find { it.partyId == '" + p.werkplaats + "' }.costSharePercent", equalTo(73.68f))
                .body(
                        "figures.parties.find { it.partyId == '" + p.houthandel + "' }.costSharePercent",
                        equalTo(26.32f));
    }

    @Test
    void aChangedActivityKeepsItsFiguresAndARemovedOneStaysVisibleAsOrphaned() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.enterCosts();

        p.publish(PartnershipEvents.ACTIVITY_CHANGED, p.intakeActivity(0, "Intake & advice"));
        p.publish(
                PartnershipEvents.VALUE_CHAIN_REORDERED,
                new ValueChainReordered(p.partnershipId, p.localGroup, List.of(p.production, p.intake)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> p.get("/cost-structure")
                .then()
                .body("valueChain.name", contains("Production", "Intake & advice"))
                .body("figures.activities[1].totalCost", equalTo(105.00f)));

        p.publish(
                PartnershipEvents.ACTIVITY_REMOVED,
                new ValueChainActivityRemoved(p.partnershipId, p.localGroup, p.intake));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> p.get("/cost-structure")
                .then()
                .body("figures.orphanedActivities.name", contains("Intake & advice"))
                .body("figures.orphanedTotalCost", equalTo(105.00f))
                .body("figures.totalCost", equalTo(85.00f)));
    }

    @Test
    void aPartnerThatLeftStaysAPartyMarkedAsLeft() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        p.publish(
                PartnershipEvents.PARTNER_LEFT,
                new PartnerLeft(p.partnershipId, p.localGroup, p.houthandel, java.util.UUID.randomUUID()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> p.get("/parties")
                .then()
                .statusCode(200)
                .body("parties.find { it.id == '" + p.houthandel + "' }.hasLeft", equalTo(true)));
    }

    @Test
    void costsCanBeCarriedByAnExternalSupplierAddedHere() {
        PartnershipFixture p = PartnershipFixture.announced("gent");
        String supplier = io.restassured.RestAssured.given()
                .auth()
                .oauth2(p.token)
                .contentType("application/json")
                .body("{\"name\": \"Hout BV\"}")
                .post("/earnings-models/" + p.modelId + "/external-suppliers")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        p.put(
                        "/cost-structure/sub-actions/" + p.wood,
                        "{\"costPerUnit\": 8.75, \"quantityPerCustomer\": 4, \"carriedBy\": \"" + supplier + "\"}")
                .then()
                .statusCode(200)
                .body("figures.parties.find { it.partyId == '" + supplier + "' }.totalCost", equalTo(35.00f))
                .body("figures.parties.find { it.partyId == '" + supplier + "' }.kind", equalTo("external-supplier"));

        // while it carries a cost, it cannot be removed
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(p.token)
                .header("If-Match", p.etag())
                .delete("/earnings-models/" + p.modelId + "/external-suppliers/" + supplier)
                .then()
                .statusCode(409)
                .body("invalidFields.field", hasItem("valueChain[1].subActions[1].carriedBy"));
    }
}
