package org.weconomics.canvas.feed;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows whether the live feeds receive changes. It never makes the service unready: writes go on while Kafka is
 * away, and open feeds catch up from the change log once the consumer has its partitions again.
 */
@Readiness
@ApplicationScoped
public class CanvasFeedHealthCheck implements HealthCheck {

    private final CanvasFeed feed;

    public CanvasFeedHealthCheck(CanvasFeed feed) {
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("canvas live feed")
                .up()
                .withData("receivingChanges", feed.isReceivingChanges())
                .withData("openFeeds", feed.openFeeds())
                .build();
    }
}
