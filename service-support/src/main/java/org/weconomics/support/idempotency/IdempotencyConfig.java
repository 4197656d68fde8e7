package org.weconomics.support.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of idempotent POSTs, under {@code weconomics.idempotency}. */
@ConfigMapping(prefix = "weconomics.idempotency")
public interface IdempotencyConfig {

    /** How long a key is remembered; a retry after that is treated as a new request. */
    @WithDefault("24h")
    Duration retention();
}
