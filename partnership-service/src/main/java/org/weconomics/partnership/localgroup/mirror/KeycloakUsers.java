package org.weconomics.partnership.localgroup.mirror;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.keycloak.representations.idm.UserRepresentation;

/** Looks users of the realm up, so that an admin adds a member by username alone. */
@ApplicationScoped
public class KeycloakUsers {

    private final KeycloakAdminClient keycloak;

    public KeycloakUsers(KeycloakAdminClient keycloak) {
        this.keycloak = keycloak;
    }

    public Optional<KeycloakUser> byUsername(String username) {
        return keycloak.realm().users().searchByUsername(username, true).stream()
                .filter(user -> username.equalsIgnoreCase(user.getUsername()))
                .findFirst()
                .map(KeycloakUsers::of);
    }

    public Optional<KeycloakUser> byId(String userId) {
        try {
            return Optional.of(of(keycloak.realm().users().get(userId).toRepresentation()));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static KeycloakUser of(UserRepresentation user) {
        String name = Stream.of(user.getFirstName(), user.getLastName())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return new KeycloakUser(user.getId(), user.getUsername(), name.isEmpty() ? user.getUsername() : name);
    }
}
