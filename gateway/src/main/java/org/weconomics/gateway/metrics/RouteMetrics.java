package org.weconomics.gateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.weconomics.gateway.config.GatewayConfig;
import org.weconomics.gateway.routing.GatewayPaths;

/**
 * Times every API request by route and status ({@code gateway_requests_seconds} in Prometheus), including
 * those the gateway refuses itself, so a route's error rate and latency are visible at the entry point.
 */
@ApplicationScoped
public class RouteMetrics implements Handler<RoutingContext> {

    static final String METER = "gateway.requests";

    private final MeterRegistry registry;
    private final GatewayConfig config;

    public RouteMetrics(MeterRegistry registry, GatewayConfig config) {
        this.registry = registry;
        this.config = config;
    }

    @Override
    public void handle(RoutingContext request) {
        long start = System.nanoTime();
        String route = GatewayPaths.routeOf(request.normalizedPath());
        String routeTag =
                route != null && config.routes().containsKey(route) ? GatewayPaths.prefixOf(route) : "unknown";
        String method = request.request().method().name();
        request.addEndHandler(ignored -> Timer.builder(METER)
                .description("Requests through the gateway, by route prefix and status")
                .tag("route", routeTag)
                .tag("method", method)
                .tag("status", Integer.toString(request.response().getStatusCode()))
                .register(registry)
                .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS));
        request.next();
    }
}
