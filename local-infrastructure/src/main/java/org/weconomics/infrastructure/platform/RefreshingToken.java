package org.weconomics.infrastructure.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * An access token that is fetched again well before it expires (Keycloak's tokens live five minutes), so that a
 * long load or check never sends an expired one.
 */
public final class RefreshingToken implements Supplier<String> {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(2);

    private final Supplier<String> fetch;
    private String token;
    private Instant fetched = Instant.MIN;

    /** @param fetch gets a fresh token, e.g. {@code () -> platform.token("anna", "anna")} */
    public RefreshingToken(Supplier<String> fetch) {
        this.fetch = fetch;
    }

    @Override
    public synchronized String get() {
        if (Instant.now().isAfter(fetched.plus(REFRESH_AFTER))) {
            token = fetch.get();
            fetched = Instant.now();
        }
        return token;
    }
}
