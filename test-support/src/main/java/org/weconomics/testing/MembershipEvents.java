package org.weconomics.testing;

import java.util.UUID;
import org.weconomics.events.Topics;
import org.weconomics.events.localgroup.LocalGroupEvents;

/** Partnership-service's membership events, published on the real broker as it publishes them. */
public final class MembershipEvents {

    private MembershipEvents() {}

    public static void added(String localGroup, String subject) {
        publish(LocalGroupEvents.MEMBER_ADDED.type(), LocalGroupEvents.MEMBER_ADDED.dataSchema(), localGroup, subject);
    }

    public static void removed(String localGroup, String subject) {
        publish(
                LocalGroupEvents.MEMBER_REMOVED.type(),
                LocalGroupEvents.MEMBER_REMOVED.dataSchema(),
                localGroup,
                subject);
    }

    private static void publish(String type, String dataSchema, String localGroup, String subject) {
        String json = "{\"localGroup\":\"" + localGroup + "\",\"userId\":\"" + subject + "\",\"username\":\"" + subject
                + "\",\"displayName\":\"Name of " + subject + "\"}";
        TopicWriter.publish(new TopicWriter.CloudEvent(
                Topics.LOCAL_GROUP, localGroup, UUID.randomUUID().toString(), type, dataSchema, json));
    }
}
