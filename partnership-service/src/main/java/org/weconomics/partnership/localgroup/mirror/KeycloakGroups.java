package org.weconomics.partnership.localgroup.mirror;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.weconomics.partnership.localgroup.LocalGroup;

/**
 * The Keycloak side of the mirror, through the admin client. Every operation is idempotent (creating
 * what exists or removing what is gone succeeds), so a task applied twice, after a crash between
 * Keycloak's answer and the commit of its completion, does no harm.
 */
@ApplicationScoped
public class KeycloakGroups {

    private final KeycloakMirrorConfig config;
    private final KeycloakAdminClient keycloak;

    public KeycloakGroups(KeycloakMirrorConfig config, KeycloakAdminClient keycloak) {
        this.config = config;
        this.keycloak = keycloak;
    }

    /** Creates the local group's sub-group if missing and sets its attributes; a closed group is left alone. */
    public void ensureGroup(String key, Optional<LocalGroup> localGroup) {
        String groupId = ensureSubGroup(key);
        localGroup.filter(group -> !group.isClosed()).ifPresent(group -> {
            GroupRepresentation representation = realm().groups().group(groupId).toRepresentation();
            representation.setAttributes(Map.of("name", List.of(group.name), "region", List.of(group.region)));
            realm().groups().group(groupId).update(representation);
        });
    }

    public void addMember(String key, String userId) {
        realm().users().get(userId).joinGroup(ensureSubGroup(key));
    }

    public void removeMember(String key, String userId) {
        Optional<GroupRepresentation> group = findGroup(localGroupPath(key));
        if (group.isEmpty()) {
            return;
        }
        try {
            realm().users().get(userId).leaveGroup(group.get().getId());
        } catch (WebApplicationException e) {
            // A user that no longer exists is in no group.
            rethrowUnlessNotFound(e);
        }
    }

    public void removeGroup(String key) {
        findGroup(localGroupPath(key)).ifPresent(group -> {
            try {
                realm().groups().group(group.getId()).remove();
            } catch (WebApplicationException e) {
                // Removed meanwhile: the outcome is the one wanted.
                rethrowUnlessNotFound(e);
            }
        });
    }

    /** The full path a local group has in Keycloak, and in the {@code groups} claim of tokens. */
    public String localGroupPath(String key) {
        return "/" + config.parentGroup() + "/" + key;
    }

    private String ensureSubGroup(String key) {
        Optional<GroupRepresentation> existing = findGroup(localGroupPath(key));
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        String parentId = ensureParent();
        GroupRepresentation group = new GroupRepresentation();
        group.setName(key);
        try (Response response = realm().groups().group(parentId).subGroup(group)) {
            return createdOrExisting(response, localGroupPath(key));
        }
    }

    private String ensureParent() {
        String path = "/" + config.parentGroup();
        Optional<GroupRepresentation> existing = findGroup(path);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        GroupRepresentation parent = new GroupRepresentation();
        parent.setName(config.parentGroup());
        try (Response response = realm().groups().add(parent)) {
            return createdOrExisting(response, path);
        }
    }

    /** Another instance may have created the group between our look-up and our create. */
    private String createdOrExisting(Response response, String path) {
        if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
            return findGroup(path)
                    .orElseThrow(() ->
                            new IllegalStateException("Keycloak reports " + path + " as existing but does not find it"))
                    .getId();
        }
        return CreatedResponseUtil.getCreatedId(response);
    }

    private Optional<GroupRepresentation> findGroup(String path) {
        try {
            return Optional.ofNullable(realm().getGroupByPath(path));
        } catch (WebApplicationException e) {
            rethrowUnlessNotFound(e);
            return Optional.empty();
        }
    }

    /** The admin client reports a missing resource as a WebApplicationException with status 404. */
    private static void rethrowUnlessNotFound(WebApplicationException e) {
        if (e.getResponse() == null || e.getResponse().getStatus() != Response.Status.NOT_FOUND.getStatusCode()) {
            throw e;
        }
    }

    private RealmResource realm() {
        return keycloak.realm();
    }
}
