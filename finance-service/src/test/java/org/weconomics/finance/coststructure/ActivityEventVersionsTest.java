package org.weconomics.finance.coststructure;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.ValueChainActivity;
import org.weconomics.finance.PartnershipFixture;

/** Positions count from 0; version 1 of the activity events counted from 1 and is still read, shifted. */
@QuarkusTest
class ActivityEventVersionsTest {

    @Test
    void anActivityOfVersionOneTakesItsPlaceCountedFromZero() {
        PartnershipFixture p = PartnershipFixture.announced(
                "lg-" + UUID.randomUUID().toString().substring(0, 8));
        UUID delivery = UUID.randomUUID();
        UUID packing = UUID.randomUUID();

        p.publish(
                PartnershipEvents.ACTIVITY_ADDED_V1,
                new ValueChainActivity(
                        p.partnershipId, p.localGroup, delivery, "Delivery", 3, List.of(), List.of(), List.of()));
        p.publish(
                PartnershipEvents.ACTIVITY_ADDED,
                new ValueChainActivity(
                        p.partnershipId, p.localGroup, packing, "Packing", 3, List.of(), List.of(), List.of()));

        await().atMost(Duration.ofSeconds(30)).until(() -> positionOf(delivery) != null && positionOf(packing) != null);
        org.assertj.core.api.Assertions.assertThat(positionOf(delivery)).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(positionOf(packing)).isEqualTo(3);
        p.get("/cost-structure").then().statusCode(200);
    }

    private static Integer positionOf(UUID activity) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CostActivity found = CostActivity.findById(activity);
            return found == null ? null : found.position;
        });
    }
}
