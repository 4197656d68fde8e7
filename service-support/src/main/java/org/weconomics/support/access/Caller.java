package org.weconomics.support.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: the token's subject, roles and the local groups named in its {@code groups} claim, less those the
 * person was removed from since ({@link MembershipRevocations}).
 *
 * <p>Local groups are Keycloak sub-groups of {@value #LOCAL_GROUP_PREFIX}; the claim carries their
 * full paths, and only entries under that prefix count, so that other groups grant nothing.
 */
@RequestScoped
public class Caller {

    public static final String LOCAL_GROUP_PREFIX = "/local-groups/";
    public static final String GROUPS_CLAIM = "groups";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final MembershipRevocations revocations;
    private Set<String> localGroups;

    public Caller(SecurityIdentity identity, JsonWebToken token, MembershipRevocations revocations) {
        this.identity = identity;
        this.token = token;
        this.revocations = revocations;
    }

    /** The stable id of the caller (the token's {@code sub}). */
    public String subject() {
        String subject = token.getSubject();
        return subject != null ? subject : identity.getPrincipal().getName();
    }

    /** A readable name for records such as "created by". */
    public String displayName() {
        Object preferred = token.getClaim("preferred_username");
        return preferred != null ? preferred.toString() : subject();
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The local groups the caller may act in as a member; read once per request. */
    public Set<String> localGroups() {
        if (localGroups == null) {
            Set<String> named = localGroupsIn(token.getClaim(GROUPS_CLAIM));
            Set<String> revoked = named.isEmpty() ? Set.of() : revocations.revokedFor(subject());
            localGroups = named.stream()
                    .filter(localGroup -> !revoked.contains(localGroup))
                    .collect(Collectors.toUnmodifiableSet());
        }
        return localGroups;
    }

    static Set<String> localGroupsIn(Object claim) {
        if (!(claim instanceof Collection<?> entries)) {
            return Set.of();
        }
        return entries.stream()
                .map(entry -> unquote(String.valueOf(entry)))
                .filter(path -> path.startsWith(LOCAL_GROUP_PREFIX) && path.length() > LOCAL_GROUP_PREFIX.length())
                .map(path -> path.substring(LOCAL_GROUP_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String unquote(String value) {
        // JSON-P string values print with their quotes.
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
