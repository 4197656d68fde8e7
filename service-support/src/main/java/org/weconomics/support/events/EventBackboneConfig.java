package org.weconomics.support.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** Settings of the event backbone, under {@code weconomics.events}. */
@ConfigMapping(prefix = "weconomics.events")
public interface EventBackboneConfig {

    /** The CloudEvents {@code source} of the events this service publishes, e.g. {@code /weconomics/canvas-service}. */
    @WithDefault("/weconomics/${quarkus.application.name}")
    String source();

    Relay relay();

    Consumer consumer();

    interface Relay {

        /** How many outbox events one relay pass sends at most. */
        @WithDefault("200")
        int batchSize();

        /** How often the relay looks for events that no commit woke it for (after a crash or a failed publish). */
        @WithDefault("1s")
        Duration interval();

        /** How long a pass waits for the broker's acknowledgements; longer than the producer's delivery timeout. */
        @WithDefault("40s")
        Duration publishTimeout();
    }

    interface Consumer {

        /** Attempts at applying one event before it goes to the dead-letter topic. */
        @WithDefault("3")
        @WithName("max-attempts")
        int maxAttempts();

        /** Pause before the second attempt; it doubles for each later one. */
        @WithDefault("200ms")
        Duration backoff();
    }
}
