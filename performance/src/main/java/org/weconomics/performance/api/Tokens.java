package org.weconomics.performance.api;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.weconomics.infrastructure.platform.PlatformInstance;

/** A demo user's access token from the platform's Keycloak, fetched again before it expires (after five minutes). */
public final class Tokens implements Supplier<String> {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(3);

    private final PlatformInstance platform;
    private final String username;
    private String token;
    private Instant fetched = Instant.MIN;

    public Tokens(PlatformInstance platform, String username) {
        this.platform = platform;
        this.username = username;
    }

    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(fetched.plus(REFRESH_AFTER))) {
            token = platform.token(username, username);
            fetched = Instant.now();
        }
        return token;
    }
}
