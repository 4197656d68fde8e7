package org.weconomics.partnership.localgroup.mirror;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How local groups are mirrored into Keycloak, under {@code weconomics.keycloak}. The mirror signs in
 * either with client credentials ({@code client-secret} set) or as an admin user ({@code username} and
 * {@code password}, e.g. in the {@code master} realm with {@code admin-cli}).
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

    /** The realm the mirror signs in to. */
    @WithDefault("master")
    String authRealm();

    @WithDefault("admin-cli")
    String clientId();

    /** Set to sign in with the client-credentials grant as the client's service account. */
    Optional<String> clientSecret();

    /** With {@code password}: sign in as this admin user (password grant). */
    Optional<String> username();

    Optional<String> password();

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
