package org.weconomics.canvas.people;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.weconomics.events.Topics;
import org.weconomics.events.localgroup.LocalGroupEvents;
import org.weconomics.support.people.KnownMembers;
import org.weconomics.testing.TopicWriter;

/** Makes people members of a local group the way production does: partnership-service's event on the broker. */
public final class Members {

    private Members() {}

    /** Publishes member-added for each subject and waits until canvas-service's read model has them. */
    public static void register(String localGroup, String... subjects) {
        for (String subject : subjects) {
            publish(
                    LocalGroupEvents.MEMBER_ADDED.type(),
                    LocalGroupEvents.MEMBER_ADDED.dataSchema(),
                    localGroup,
                    subject);
        }
        for (String subject : subjects) {
            awaitMember(localGroup, subject, true);
        }
    }

    public static void remove(String localGroup, String subject) {
        publish(
                LocalGroupEvents.MEMBER_REMOVED.type(),
                LocalGroupEvents.MEMBER_REMOVED.dataSchema(),
                localGroup,
                subject);
        awaitMember(localGroup, subject, false);
    }

    private static void publish(String type, String dataSchema, String localGroup, String subject) {
        String json = "{\"localGroup\":\"" + localGroup + "\",\"userId\":\"" + subject + "\",\"username\":\"" + subject
                + "\",\"displayName\":\"Name of " + subject + "\"}";
        TopicWriter.publish(new TopicWriter.CloudEvent(
                Topics.LOCAL_GROUP, localGroup, UUID.randomUUID().toString(), type, dataSchema, json));
    }

    private static void awaitMember(String localGroup, String subject, boolean member) {
        KnownMembers members = Arc.container().instance(KnownMembers.class).get();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        QuarkusTransaction.requiringNew().call(() -> members.isMember(localGroup, subject)) == member);
    }
}
