package org.weconomics.canvas.people;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.weconomics.support.people.KnownMembers;
import org.weconomics.testing.MembershipEvents;

/** Makes people members of a local group the way production does: partnership-service's event on the broker. */
public final class Members {

    private Members() {}

    /** Publishes member-added for each subject and waits until canvas-service's read model has them. */
    public static void register(String localGroup, String... subjects) {
        for (String subject : subjects) {
            MembershipEvents.added(localGroup, subject);
        }
        for (String subject : subjects) {
            awaitMember(localGroup, subject, true);
        }
    }

    public static void remove(String localGroup, String subject) {
        MembershipEvents.removed(localGroup, subject);
        awaitMember(localGroup, subject, false);
    }

    private static void awaitMember(String localGroup, String subject, boolean member) {
        KnownMembers members = Arc.container().instance(KnownMembers.class).get();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        QuarkusTransaction.requiringNew().call(() -> members.isMember(localGroup, subject)) == member);
    }
}
