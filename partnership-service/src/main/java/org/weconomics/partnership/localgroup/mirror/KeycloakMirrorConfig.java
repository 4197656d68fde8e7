package org.weconomics.partnership.localgroup.mirror;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How local groups are mirrored into Keycloak, under {@code weconomics.keycloak}. The mirror signs in with
 * client credentials as the service account of a confidential client of the realm it manages; that account
 * holds only the realm-management roles the mirror needs ({@code query-groups}, {@code query-users},
 * {@code view-users}, {@code manage-users}).
 */
@ConfigMapping(prefix = "weconomics.keycloak")
public interface KeycloakMirrorConfig {

    /** Whether local groups and members are mirrored at all; off, nothing is recorded for Keycloak. */
    @WithDefault("true")
    boolean enabled();

    /** Base URL of Keycloak, e.g. {@code http://localhost:8180}. */
    @WithDefault("http://localhost:8180")
    String serverUrl();

    /** The realm whose groups the tokens carry. */
    @WithDefault("weconomics")
    String realm();

    /** The realm the mirror signs in to: the one it manages, so that it holds no rights elsewhere. */
    @WithDefault("weconomics")
    String authRealm();

    /** The mirror's confidential client (service account, client credentials only). */
    @WithDefault("weconomics-membership-mirror")
    String clientId();

    /** The secret of {@link #clientId()}; required when mirroring is enabled. */
    Optional<String> clientSecret();

    /** How long to wait for a connection to Keycloak. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** How long to wait for Keycloak's answer once connected. */
    @WithDefault("5s")
    Duration readTimeout();

    /** The top-level Keycloak group whose sub-groups are the local groups. */
    @WithDefault("local-groups")
    String parentGroup();

    Mirror mirror();

    interface Mirror {

        /** How often the worker looks for tasks that are due (besides being woken by each commit). */
        @WithDefault("1s")
        Duration interval();

        /** Pause after the first failed attempt; it doubles with every further failure. */
        @WithDefault("1s")
        Duration initialBackoff();

        /** The longest pause between two attempts. */
        @WithDefault("5m")
        Duration maxBackoff();

        /** After this many failed attempts a task counts as failing: the health check reports it. */
        @WithDefault("3")
        int failingAfterAttempts();
    }
}
