package org.weconomics.gateway.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstUpToItsCapacityThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 2, 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void refillsAtItsRateButNeverBeyondCapacity() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.take(SECOND)).isZero();
        assertThat(bucket.take(SECOND)).isPositive();
        long muchLater = 100 * SECOND;
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isZero();
        assertThat(bucket.take(muchLater)).isPositive();
    }

    @Test
    void refusesMeaninglessSettings() {
        assertThatThrownBy(() -> new TokenBucket(0, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
