package org.weconomics.support.events.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.weconomics.support.time.Timestamps;

/**
 * Makes the outbox visible: how many events wait for the broker and for how long. A backlog does not
 * make the service unready — writes go on while Kafka is away, which is the point of the outbox — but
 * an operator sees it in {@code /q/health/ready}.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response =
                HealthCheckResponse.named("event outbox").up();
        long waiting = OutboxEvent.count("publishedAt is null");
        response.withData("eventsWaiting", waiting);
        if (waiting > 0) {
            OutboxEvent oldest = OutboxEvent.<OutboxEvent>find("publishedAt is null order by sequence")
                    .firstResult();
            if (oldest != null) {
                long seconds =
                        Duration.between(oldest.occurredAt, Timestamps.now()).toSeconds();
                response.withData("oldestWaitingSeconds", seconds);
                if (oldest.lastError != null) {
                    response.withData("lastPublishError", oldest.lastError);
                }
            }
        }
        return response.build();
    }
}
