package org.weconomics.gateway.protection;

import java.time.Duration;

/**
 * A token bucket: holds up to {@code capacity} requests, refilled continuously at {@code refillPerSecond};
 * a request takes one token or is refused with the time until the next token.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final long capacity;
    private final double refillPerNano;
    private double tokens;
    private long lastRefillNanos;

    public TokenBucket(long capacity, double refillPerSecond, long nowNanos) {
        if (capacity < 1 || refillPerSecond <= 0) {
            throw new IllegalArgumentException("A bucket needs a capacity of at least 1 and a positive refill rate");
        }
        this.capacity = capacity;
        this.refillPerNano = refillPerSecond / NANOS_PER_SECOND;
        this.tokens = capacity;
        this.lastRefillNanos = nowNanos;
    }

    /** Takes a token; returns {@link Duration#ZERO} when allowed, otherwise how long until one is available. */
    public synchronized Duration take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / refillPerNano));
    }

    private void refill(long nowNanos) {
        long elapsed = Math.max(0, nowNanos - lastRefillNanos);
        tokens = Math.min(capacity, tokens + elapsed * refillPerNano);
        lastRefillNanos = nowNanos;
    }
}
