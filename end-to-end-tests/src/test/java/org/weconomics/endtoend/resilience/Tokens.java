package org.weconomics.endtoend.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.weconomics.endtoend.RunningPlatform;

/** A demo user's token from the shared Keycloak, fetched again well before it expires (after five minutes). */
final class Tokens implements Supplier<String> {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(2);

    private final String username;
    private String token;
    private Instant fetched = Instant.MIN;

    Tokens(String username) {
        this.username = username;
    }

    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(fetched.plus(REFRESH_AFTER))) {
            token = RunningPlatform.token(username);
            fetched = Instant.now();
        }
        return token;
    }
}
