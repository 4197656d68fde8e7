package org.weconomics.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Real signed access tokens shaped like the ones the platform's Keycloak realm issues: realm roles in
 * {@code realm_access.roles}, local groups as {@code /local-groups/<key>} in {@code groups}, and the
 * platform's audiences in {@code aud}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test/realms/weconomics";
    public static final List<String> PLATFORM_AUDIENCES =
            List.of("weconomics-gateway", "canvas-service", "partnership-service", "finance-service");

    private static final String TRUSTED_KEY = "/org/weconomics/testing/test-signing-key.pem";
    private static final String TRUSTED_PUBLIC_KEY = "/org/weconomics/testing/test-signing-key.pub.pem";
    private static final String UNTRUSTED_KEY = "/org/weconomics/testing/untrusted-signing-key.pem";

    private TestTokens() {}

    /** A member of the given local groups. */
    public static String member(String subject, String... localGroups) {
        return token().subject(subject).roles("member").localGroups(localGroups).sign();
    }

    /** An administrator, who belongs to no local group. */
    public static String admin(String subject) {
        return token().subject(subject).roles("admin", "member").sign();
    }

    /** A token to shape claim by claim, for tests of token validation itself. */
    public static Builder token() {
        return new Builder();
    }

    /** The public half of the signing key, in the form {@code quarkus.oidc.public-key} takes. */
    static String trustedPublicKey() {
        return read(TRUSTED_PUBLIC_KEY).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static PrivateKey privateKey(String resource) {
        try {
            return KeyUtils.decodePrivateKey(read(resource));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read test key " + resource, e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = TestTokens.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds one token; every claim has a valid default. */
    public static final class Builder {

        private String subject = UUID.randomUUID().toString();
        private String issuer = ISSUER;
        private List<String> audiences = PLATFORM_AUDIENCES;
        private List<String> roles = List.of("member");
        private List<String> groups = List.of();
        private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
        private boolean untrustedKey;

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audiences(String... audiences) {
            this.audiences = List.of(audiences);
            return this;
        }

        public Builder roles(String... roles) {
            this.roles = List.of(roles);
            return this;
        }

        public Builder localGroups(String... localGroups) {
            List<String> paths = new ArrayList<>();
            Arrays.stream(localGroups).map(key -> "/local-groups/" + key).forEach(paths::add);
            this.groups = paths;
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** Signs with a key the services do not trust. */
        public Builder signedWithUntrustedKey() {
            this.untrustedKey = true;
            return this;
        }

        public String sign() {
            JwtClaimsBuilder claims = Jwt.issuer(issuer)
                    .subject(subject)
                    .claim("preferred_username", subject)
                    .claim("realm_access", Map.of("roles", roles))
                    .issuedAt(expiresAt.minus(Duration.ofMinutes(5)))
                    .expiresAt(expiresAt);
            if (!groups.isEmpty()) {
                claims.claim("groups", groups);
            }
            if (!audiences.isEmpty()) {
                claims.audience(Set.copyOf(audiences));
            }
            return claims.jws()
                    .keyId(untrustedKey ? "untrusted" : "test")
                    .sign(privateKey(untrustedKey ? UNTRUSTED_KEY : TRUSTED_KEY));
        }
    }
}
