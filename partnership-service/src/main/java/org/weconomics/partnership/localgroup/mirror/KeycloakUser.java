package org.weconomics.partnership.localgroup.mirror;

/**
 * A user of the realm as the people directory shows them.
 *
 * @param id the Keycloak id, the {@code sub} of their tokens
 * @param displayName first and last name, or the username when the realm has no name for them
 */
public record KeycloakUser(String id, String username, String displayName) {}
