package org.weconomics.canvas.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the live feed, under {@code weconomics.canvas.feed}. */
@ConfigMapping(prefix = "weconomics.canvas.feed")
public interface FeedConfig {

    /**
     * How often a quiet feed sends a comment line, so that proxies, load balancers and the gateway see traffic and
     * a client notices a dead connection. Well below the usual 30-60 s idle timeouts.
     */
    @WithDefault("10s")
    Duration heartbeat();

    /** The reconnection delay the feed asks clients for (the SSE {@code retry} field). */
    @WithDefault("2s")
    Duration reconnectDelay();

    /**
     * How many feeds one person may hold open on one instance, over all canvases: enough for a laptop, a wall screen
     * and a phone in a few tabs, while no one member can take every connection the service and the gateway keep for
     * feeds.
     */
    @WithDefault("8")
    int maxPerCaller();

    /** How many changes one read of the change log fetches at most while a client catches up. */
    @WithDefault("200")
    int batchSize();
}
