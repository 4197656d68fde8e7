package org.weconomics.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.weconomics.gateway.config.GatewayConfig;
import org.weconomics.gateway.routing.UpstreamClients;

/**
 * The gateway is ready only when every service behind it is: it asks each one's {@code /q/health/ready}
 * and reports them by route.
 */
@Readiness
@ApplicationScoped
public class BackendsReadiness implements AsyncHealthCheck {

    private static final String READY_PATH = "/q/health/ready";
    private static final long PROBE_TIMEOUT_MILLIS = 2000;

    private final GatewayConfig config;
    private final UpstreamClients clients;

    public BackendsReadiness(GatewayConfig config, UpstreamClients clients) {
        this.config = config;
        this.clients = clients;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Map.Entry<String, Boolean>>> probes = config.routes().keySet().stream()
                .map(route -> probe(route).map(ready -> Map.entry(route, ready)))
                .toList();
        if (probes.isEmpty()) {
            return Uni.createFrom().item(HealthCheckResponse.up("backends"));
        }
        return Uni.combine().all().unis(probes).with(results -> {
            HealthCheckResponseBuilder response =
                    HealthCheckResponse.named("backends").up();
            for (Object result : results) {
                @SuppressWarnings("unchecked")
                Map.Entry<String, Boolean> backend = (Map.Entry<String, Boolean>) result;
                response.withData(backend.getKey(), backend.getValue() ? "UP" : "DOWN");
                if (!backend.getValue()) {
                    response.down();
                }
            }
            return response.build();
        });
    }

    private Uni<Boolean> probe(String route) {
        Future<Boolean> ready = clients.client(route)
                .request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setURI(READY_PATH)
                        .setTimeout(PROBE_TIMEOUT_MILLIS))
                .compose(request -> request.send())
                .compose(
                        response -> response.body().map(body -> response.statusCode() == 200 && isUp(body.toString())));
        return Uni.createFrom()
                .completionStage(ready.toCompletionStage())
                .onFailure()
                .recoverWithItem(false);
    }

    private static boolean isUp(String body) {
        try {
            return "UP".equals(new JsonObject(body).getString("status"));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
