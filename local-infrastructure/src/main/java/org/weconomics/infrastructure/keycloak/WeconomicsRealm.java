package org.weconomics.infrastructure.keycloak;

import java.util.List;

/**
 * What {@code infrastructure/keycloak/weconomics-realm.json} defines, for the tests and the run
 * command. The secrets and passwords are demo values for local development only.
 */
public final class WeconomicsRealm {

    public static final String NAME = "weconomics";

    /** The platform's audiences, added to every access token by the {@value #API_SCOPE} client scope. */
    public static final List<String> AUDIENCES =
            List.of("weconomics-gateway", "canvas-service", "partnership-service", "finance-service");

    /** The default client scope with the audience mappers and the {@code groups} mapper (full paths). */
    public static final String API_SCOPE = "weconomics-api";

    /** Local groups are sub-groups of this group; the {@code groups} claim holds their full paths. */
    public static final String LOCAL_GROUP_PREFIX = "/local-groups/";

    public static final String ROLE_ADMIN = "admin";
    public static final String ROLE_MEMBER = "member";

    /** Public client for the browser: authorization code flow with PKCE S256. */
    public static final String WEB_CLIENT_ID = "weconomics-web";

    /** Confidential client for members' tooling: client credentials; its service account has {@code member}. */
    public static final String TOOLING_CLIENT_ID = "weconomics-tooling";

    public static final String TOOLING_CLIENT_SECRET = "weconomics-tooling-secret";

    /** Public client with the password grant, only for the README's demo curl and the end-to-end tests. */
    public static final String CLI_CLIENT_ID = "weconomics-cli";

    /**
     * Confidential client of partnership-service's Keycloak mirror: client credentials only; its service account
     * holds the realm-management roles {@code query-groups}, {@code query-users}, {@code view-users} and
     * {@code manage-users} of this realm and nothing else.
     */
    public static final String MIRROR_CLIENT_ID = "weconomics-membership-mirror";

    /** The demo default of {@value #MIRROR_CLIENT_SECRET_VARIABLE}, read when the realm is imported. */
    public static final String MIRROR_CLIENT_SECRET = "weconomics-membership-mirror-secret";

    public static final String MIRROR_CLIENT_SECRET_VARIABLE = "WECONOMICS_MIRROR_CLIENT_SECRET";

    /** Environment variables read when the realm is imported (only on the first start of a data directory). */
    public static final String WEB_REDIRECT_URI_VARIABLE = "WECONOMICS_WEB_REDIRECT_URI";

    public static final String WEB_ORIGIN_VARIABLE = "WECONOMICS_WEB_ORIGIN";

    public static final DemoUser ADMIN = new DemoUser("admin", "admin", List.of(ROLE_ADMIN, ROLE_MEMBER), List.of());
    public static final DemoUser ANNA = new DemoUser("anna", "anna", List.of(ROLE_MEMBER), List.of("gent"));
    public static final DemoUser BRAM = new DemoUser("bram", "bram", List.of(ROLE_MEMBER), List.of("antwerpen"));
    public static final DemoUser CARLA =
            new DemoUser("carla", "carla", List.of(ROLE_MEMBER), List.of("gent", "antwerpen"));

    public static final List<DemoUser> DEMO_USERS = List.of(ADMIN, ANNA, BRAM, CARLA);

    private WeconomicsRealm() {}

    /**
     * A demo user of the realm.
     *
     * @param localGroups the keys of the user's local groups (the claim holds {@code /local-groups/<key>})
     */
    public record DemoUser(String username, String password, List<String> realmRoles, List<String> localGroups) {

        /** The entries the user's {@code groups} claim holds. */
        public List<String> groupPaths() {
            return localGroups.stream().map(key -> LOCAL_GROUP_PREFIX + key).toList();
        }
    }
}
