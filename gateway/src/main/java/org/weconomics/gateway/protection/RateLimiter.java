package org.weconomics.gateway.protection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.weconomics.gateway.config.GatewayConfig;

/** One token bucket per key (a subject or a client address), forgetting keys not seen for a while. */
public final class RateLimiter {

    private final Cache<String, TokenBucket> buckets;
    private final GatewayConfig.Bucket settings;
    private final LongSupplier clock;

    public RateLimiter(GatewayConfig.Bucket settings, long maxKeys, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
        // A bucket left alone long enough is full again, so forgetting it changes nothing.
        Duration refillTime =
                Duration.ofMillis((long) Math.ceil(settings.capacity() * 1000 / settings.refillPerSecond()));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(refillTime.plusSeconds(1))
                .build();
    }

    /** {@link Duration#ZERO} when the request may go on, otherwise how long the caller should wait. */
    public Duration take(String key) {
        long now = clock.getAsLong();
        return buckets.get(key, ignored -> new TokenBucket(settings.capacity(), settings.refillPerSecond(), now))
                .take(now);
    }
}
