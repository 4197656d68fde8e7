package org.weconomics.partnership.localgroup;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.events.localgroup.LocalGroupEvents;
import org.weconomics.events.localgroup.LocalGroupMembership;
import org.weconomics.partnership.community.CommunityService;
import org.weconomics.partnership.localgroup.mirror.KeycloakMirror;
import org.weconomics.partnership.localgroup.mirror.KeycloakMirrorConfig;
import org.weconomics.partnership.localgroup.mirror.KeycloakUser;
import org.weconomics.partnership.localgroup.mirror.KeycloakUsers;
import org.weconomics.partnership.localgroup.mirror.MirrorStatus;
import org.weconomics.partnership.localgroup.mirror.MirrorStatusView;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.access.MembershipRevocations;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;
import org.weconomics.support.time.Timestamps;

/**
 * Local groups and their members. Every change is published and, in the same transaction, recorded
 * for the Keycloak mirror, so that tokens come to carry exactly the groups recorded here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class LocalGroupService {

    private static final String LOCAL_GROUP = "Local group";

    private final LocalGroupAccess access;
    private final Caller caller;
    private final EventOutbox outbox;
    private final KeycloakMirror mirror;
    private final MirrorStatus mirrorStatus;
    private final CommunityService communities;
    private final KeycloakMirrorConfig keycloak;
    private final KeycloakUsers keycloakUsers;
    private final MembershipRevocations revocations;

    public LocalGroupService(
            LocalGroupAccess access,
            Caller caller,
            EventOutbox outbox,
            KeycloakMirror mirror,
            MirrorStatus mirrorStatus,
            CommunityService communities,
            KeycloakMirrorConfig keycloak,
            KeycloakUsers keycloakUsers,
            MembershipRevocations revocations) {
        this.access = access;
        this.caller = caller;
        this.outbox = outbox;
        this.mirror = mirror;
        this.mirrorStatus = mirrorStatus;
        this.communities = communities;
        this.keycloak = keycloak;
        this.keycloakUsers = keycloakUsers;
        this.revocations = revocations;
    }

    public LocalGroupView create(@NotNull @Valid CreateLocalGroupRequest request) {
        if (LocalGroup.findById(request.key()) != null) {
            throw new ProblemException(
                    ProblemType.DUPLICATE_LOCAL_GROUP_KEY, "There already is a local group with key " + request.key());
        }
        communities.requireExists(request.communityId(), "communityId");
        OffsetDateTime now = Timestamps.now();
        LocalGroup group = new LocalGroup();
        group.key = request.key();
        group.status = LocalGroupStatus.OPEN;
        group.createdAt = now;
        apply(group, request.name(), request.region(), request.communityId(), request.contact(), now);
        group.persist();
        outbox.record(LocalGroupEvents.CREATED, LocalGroupView.event(group));
        mirror.ensureGroup(group.key);
        return LocalGroupView.of(group);
    }

    public LocalGroupView update(
            @NotNull String key, long expectedVersion, @NotNull @Valid UpdateLocalGroupRequest request) {
        LocalGroup group = findOpen(key, expectedVersion);
        communities.requireExists(request.communityId(), "communityId");
        apply(group, request.name(), request.region(), request.communityId(), request.contact(), Timestamps.now());
        group.persistAndFlush();
        outbox.record(LocalGroupEvents.CHANGED, LocalGroupView.event(group));
        mirror.ensureGroup(group.key);
        return LocalGroupView.of(group);
    }

    /** Closes the group: its members keep their history here, but Keycloak drops the group from tokens. */
    public LocalGroupView close(@NotNull String key, long expectedVersion) {
        LocalGroup group = findOpen(key, expectedVersion);
        OffsetDateTime now = Timestamps.now();
        group.status = LocalGroupStatus.CLOSED;
        group.closedAt = now;
        group.updatedAt = now;
        group.persistAndFlush();
        outbox.record(LocalGroupEvents.CLOSED, LocalGroupView.event(group));
        mirror.removeGroup(group.key);
        return LocalGroupView.of(group);
    }

    /** A member added, and the local group's version the addition moved to. */
    public record AddedMember(MemberView member, long localGroupVersion) {}

    public AddedMember addMember(@NotNull String key, @NotNull @Valid AddMemberRequest request) {
        LocalGroup group = find(key);
        requireOpen(group);
        KeycloakUser user = lookUp(request);
        if (LocalGroupMember.find(key, user.id()) != null) {
            throw new ProblemException(
                    ProblemType.ALREADY_A_MEMBER, "User " + user.username() + " is a member of " + key + " already");
        }
        OffsetDateTime now = Timestamps.now();
        LocalGroupMember member = new LocalGroupMember();
        member.localGroup = key;
        member.userId = user.id();
        member.username = user.username();
        member.displayName = user.displayName();
        member.addedBy = caller.subject();
        member.addedAt = now;
        member.persist();
        revocations.reinstate(key, member.userId);
        // The membership is part of the local group: its version moves, so that a stale removal is refused.
        group.updatedAt = now;
        outbox.record(
                LocalGroupEvents.MEMBER_ADDED,
                new LocalGroupMembership(key, member.userId, member.username, member.displayName));
        mirror.addMember(key, member.userId);
        group.persistAndFlush();
        return new AddedMember(MemberView.of(member), group.version);
    }

    /** @return the local group's version the removal moved to */
    public long removeMember(@NotNull String key, @NotNull String userId, long expectedVersion) {
        LocalGroup group = find(key);
        IfMatch.check(expectedVersion, group.version, () -> LocalGroupView.of(group));
        LocalGroupMember member = LocalGroupMember.find(key, userId);
        if (member == null) {
            throw ProblemException.notFound("Member", userId);
        }
        member.delete();
        // Refused here at once, whatever the person's tokens say and whether or not Keycloak hears of it.
        revocations.revoke(key, userId);
        group.updatedAt = Timestamps.now();
        outbox.record(
                LocalGroupEvents.MEMBER_REMOVED,
                new LocalGroupMembership(key, member.userId, member.username, member.displayName));
        mirror.removeMember(key, userId);
        group.persistAndFlush();
        return group.version;
    }

    /**
     * The user an admin names, as Keycloak knows them: this is where a username becomes the id tokens carry.
     * Without Keycloak (mirroring off) the id must be given and is taken as given.
     */
    private KeycloakUser lookUp(AddMemberRequest request) {
        String username = request.username().strip();
        if (!keycloak.enabled()) {
            if (request.userId() == null) {
                throw ProblemException.invalidField(
                        "userId", "is required here: this service runs without Keycloak and cannot look users up");
            }
            return new KeycloakUser(request.userId(), username, username);
        }
        KeycloakUser user;
        try {
            user = keycloakUsers
                    .byUsername(username)
                    .orElseThrow(() -> ProblemException.invalidField("username", "no user has this username"));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ProblemException(
                    ProblemType.SERVICE_UNAVAILABLE, "Keycloak cannot be reached to look the user up; try again");
        }
        if (request.userId() != null && !request.userId().equals(user.id())) {
            throw ProblemException.invalidField("userId", "is not the id of user " + username);
        }
        return user;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalGroupView get(@NotNull String key) {
        access.requireAccess(key, LOCAL_GROUP, key);
        return LocalGroupView.of(find(key));
    }

    /** Admins see every local group; members their own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<LocalGroupView> list(UUID communityId, LocalGroupStatus status, @NotNull @Valid PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isAdmin()) {
            conditions.add("key in :mine");
            parameters.put("mine", caller.localGroups().isEmpty() ? List.of("") : caller.localGroups());
        }
        if (communityId != null) {
            conditions.add("communityId = :communityId");
            parameters.put("communityId", communityId);
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.put("status", status);
        }
        var query = conditions.isEmpty()
                ? LocalGroup.<LocalGroup>findAll(Sort.by("key"))
                : LocalGroup.<LocalGroup>find(String.join(" and ", conditions), Sort.by("key"), parameters);
        return PageView.of(query, page, LocalGroupView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<MemberView> members(@NotNull String key, @NotNull @Valid PageRequest page) {
        access.requireAccess(key, LOCAL_GROUP, key);
        find(key);
        return PageView.of(
                LocalGroupMember.<LocalGroupMember>find("localGroup", Sort.by("username"), key), page, MemberView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MirrorStatusView mirrorStatus(@NotNull String key) {
        find(key);
        return mirrorStatus.of(key);
    }

    /** Refuses work in a local group that an admin closed; groups this service does not know are left to tokens. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireNotClosed(String key) {
        LocalGroup group = LocalGroup.findById(key);
        if (group != null) {
            requireOpen(group);
        }
    }

    private LocalGroup findOpen(String key, long expectedVersion) {
        LocalGroup group = find(key);
        IfMatch.check(expectedVersion, group.version, () -> LocalGroupView.of(group));
        requireOpen(group);
        return group;
    }

    private static void requireOpen(LocalGroup group) {
        if (group.isClosed()) {
            throw new ProblemException(ProblemType.LOCAL_GROUP_CLOSED, "Local group " + group.key + " is closed");
        }
    }

    private static void apply(
            LocalGroup group,
            String name,
            String region,
            UUID communityId,
            ContactDetails contact,
            OffsetDateTime now) {
        group.name = name.strip();
        group.region = region.strip();
        group.communityId = communityId;
        group.contactName = contact.name().strip();
        group.contactEmail = contact.email().strip();
        group.updatedAt = now;
    }

    private static LocalGroup find(String key) {
        LocalGroup group = LocalGroup.findById(key);
        if (group == null) {
            throw ProblemException.notFound(LOCAL_GROUP, key);
        }
        return group;
    }
}
