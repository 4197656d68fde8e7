package org.weconomics.finance.people;

import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.finance.PartnershipFixture;
import org.weconomics.testing.MembershipEvents;

/**
 * A member removed from a local group is refused with the token they still hold, which names the group until it
 * expires: finance-service learns the removal from partnership-service's event, with no Keycloak to ask (none runs
 * in these tests).
 */
@QuarkusTest
class RevokedMembershipTest {

    /** The event crosses the real broker; on a loaded machine that can take a few seconds. */
    private static final Duration WITHIN_THE_BOUND = Duration.ofSeconds(30);

    @Test
    void aRemovedMembersTokenNoLongerOpensTheEarningsModelUntilTheyAreAddedAgain() {
        PartnershipFixture p = PartnershipFixture.announced(
                "lg-" + UUID.randomUUID().toString().substring(0, 8));
        String anna = "anna-" + p.localGroup;
        p.get("").then().statusCode(200);

        MembershipEvents.removed(p.localGroup, anna);
        await().atMost(WITHIN_THE_BOUND).until(() -> p.get("").statusCode() == 404);
        p.get("/cost-structure").then().statusCode(404);

        MembershipEvents.added(p.localGroup, anna);
        await().atMost(WITHIN_THE_BOUND).until(() -> p.get("").statusCode() == 200);
    }
}
