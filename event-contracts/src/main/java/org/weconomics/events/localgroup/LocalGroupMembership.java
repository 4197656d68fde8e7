package org.weconomics.events.localgroup;

import org.weconomics.events.EventPayload;

/**
 * A member was added to or removed from a local group.
 *
 * @param localGroup the key of the local group
 * @param userId the member's Keycloak user id (the {@code sub} of their tokens)
 * @param username the member's Keycloak username
 * @param displayName the member's name (first and last name in Keycloak); added to v1, absent on events
 *     published before (readers fall back to the username)
 */
public record LocalGroupMembership(String localGroup, String userId, String username, String displayName)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return localGroup;
    }
}
