package org.weconomics.support.people;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.weconomics.events.localgroup.LocalGroupEvents;
import org.weconomics.events.localgroup.LocalGroupMembership;
import org.weconomics.support.access.MembershipRevocations;
import org.weconomics.support.events.inbox.EventHandlers;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.time.Timestamps;

/**
 * Who the members of each local group are, as far as this service has received partnership-service's
 * membership events (the source of membership). A service's consumer of the local-group topic feeds it with
 * {@link #handlers()}; its features ask it whether a person named in a request is a member, and for names.
 */
@ApplicationScoped
public class KnownMembers {

    private final MembershipRevocations revocations;

    public KnownMembers(MembershipRevocations revocations) {
        this.revocations = revocations;
    }

    /** The handlers for a consumer of the local-group topic, to pass to {@code EventInbox.process}. */
    public EventHandlers handlers() {
        return EventHandlers.builder()
                .on(LocalGroupEvents.MEMBER_ADDED, (membership, event) -> added(membership))
                .on(LocalGroupEvents.MEMBER_REMOVED, (membership, event) -> removed(membership))
                .build();
    }

    /** In the inbox's transaction, with the record that the event was processed. */
    void added(LocalGroupMembership membership) {
        KnownMember member = find(membership.localGroup(), membership.userId()).orElseGet(() -> {
            KnownMember created = new KnownMember();
            created.localGroup = membership.localGroup();
            created.userId = membership.userId();
            return created;
        });
        member.username = membership.username();
        member.displayName = membership.displayName() == null ? membership.username() : membership.displayName();
        member.updatedAt = Timestamps.now();
        member.persist();
        revocations.reinstate(membership.localGroup(), membership.userId());
    }

    void removed(LocalGroupMembership membership) {
        find(membership.localGroup(), membership.userId()).ifPresent(KnownMember::delete);
        revocations.revoke(membership.localGroup(), membership.userId());
    }

    public boolean isMember(String localGroup, String userId) {
        return find(localGroup, userId).isPresent();
    }

    /**
     * Passes when the person is a member of the local group; the caller themselves always is (their token says
     * so, and {@code LocalGroupAccess} let them in), even before their membership event arrived.
     *
     * @throws ProblemException 400 naming the field otherwise
     */
    public void requireMember(String localGroup, String userId, String callerSubject, String field) {
        if (!userId.equals(callerSubject) && !isMember(localGroup, userId)) {
            throw ProblemException.invalidField(
                    field,
                    "is not the id of a member of local group " + localGroup + " (see GET /api/partnership/people)");
        }
    }

    /** The person's name, or {@code null} when no local group this service knows lists them. */
    public String displayName(String userId) {
        if (userId == null) {
            return null;
        }
        KnownMember member = KnownMember.<KnownMember>find("userId = ?1 order by updatedAt desc", userId)
                .firstResult();
        return member == null ? null : member.displayName;
    }

    private static Optional<KnownMember> find(String localGroup, String userId) {
        return KnownMember.<KnownMember>find("localGroup = ?1 and userId = ?2", localGroup, userId)
                .firstResultOptional();
    }
}
