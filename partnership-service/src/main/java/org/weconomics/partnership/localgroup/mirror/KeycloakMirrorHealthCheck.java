package org.weconomics.partnership.localgroup.mirror;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Reports mirror tasks that keep failing, at {@code /q/health/well}. A wellness check rather than a
 * readiness check: the service keeps serving while Keycloak is away, and the tasks catch up later.
 */
@Wellness
@ApplicationScoped
public class KeycloakMirrorHealthCheck implements HealthCheck {

    static final String NAME = "keycloak-mirror";
    private static final int SHOWN = 10;

    private final KeycloakMirrorConfig config;
    private final MirrorStatus status;

    public KeycloakMirrorHealthCheck(KeycloakMirrorConfig config, MirrorStatus status) {
        this.config = config;
        this.status = status;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("enabled", config.enabled());
        if (!config.enabled()) {
            return response.up().build();
        }
        long failing = status.failingCount();
        response.withData("failingTasks", failing);
        status.failing(SHOWN)
                .forEach(task -> response.withData(
                        "task-" + task.id(),
                        task.localGroup() + ": " + task.operation() + " "
                                + (task.userId() == null ? "" : task.userId() + " ") + "after " + task.attempts()
                                + " attempts: " + task.lastError()));
        return failing == 0 ? response.up().build() : response.down().build();
    }
}
