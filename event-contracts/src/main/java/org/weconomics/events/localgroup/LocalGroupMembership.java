package org.weconomics.events.localgroup;

import org.weconomics.events.EventPayload;

/**
 * A member was added to or removed from a local group.
 *
 * @param localGroup the key of the local group
 * @param userId the member's Keycloak user id (the {@code sub} of their tokens)
 * @param username the member's Keycloak username
 */
public record LocalGroupMembership(String localGroup, String userId, String username) implements EventPayload {

    @Override
    public String aggregateId() {
        return localGroup;
    }
}
