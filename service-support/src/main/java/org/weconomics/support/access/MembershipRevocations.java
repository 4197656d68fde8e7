package org.weconomics.support.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.stream.Collectors;
import org.weconomics.support.time.Timestamps;

/**
 * The local groups people were removed from. A token names its local groups until it expires, and a new one may
 * still name a group while the Keycloak mirror cannot reach Keycloak; every service therefore keeps the removals it
 * learnt (partnership-service as it makes them, the others from its member-removed events, within seconds) and
 * {@link Caller#localGroups()} leaves those groups out. Adding the person again lifts the revocation.
 */
@ApplicationScoped
public class MembershipRevocations {

    /** Records that the person is no longer a member; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String localGroup, String userId) {
        RevokedMembership revoked = RevokedMembership.<RevokedMembership>find(
                        "localGroup = ?1 and userId = ?2", localGroup, userId)
                .firstResultOptional()
                .orElseGet(() -> {
                    RevokedMembership created = new RevokedMembership();
                    created.localGroup = localGroup;
                    created.userId = userId;
                    return created;
                });
        revoked.revokedAt = Timestamps.now();
        revoked.persist();
    }

    /** The person is a member again; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reinstate(String localGroup, String userId) {
        RevokedMembership.delete("localGroup = ?1 and userId = ?2", localGroup, userId);
    }

    /** The local groups the person was removed from, whatever their tokens say. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> revokedFor(String userId) {
        return RevokedMembership.<RevokedMembership>list("userId", userId).stream()
                .map(revoked -> revoked.localGroup)
                .collect(Collectors.toUnmodifiableSet());
    }
}
