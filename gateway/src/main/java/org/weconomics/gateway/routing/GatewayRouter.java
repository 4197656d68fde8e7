package org.weconomics.gateway.routing;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.weconomics.gateway.metrics.RouteMetrics;
import org.weconomics.gateway.protection.RateLimits;
import org.weconomics.gateway.protection.RequestShape;
import org.weconomics.gateway.protection.ResponseHeaders;
import org.weconomics.gateway.security.GatewayAuthentication;

/**
 * The order every API request goes through, cheapest refusal first: metrics, rate per address, shape and
 * size, token (and admin routes), rate per subject, then the service.
 */
@ApplicationScoped
public class GatewayRouter {

    /** Before Quarkus's own routes, so that its responses carry the headers too. */
    private static final int FIRST = Integer.MIN_VALUE + 1000;

    void install(
            @Observes Router router,
            ResponseHeaders responseHeaders,
            RouteMetrics metrics,
            RateLimits rateLimits,
            RequestShape requestShape,
            GatewayAuthentication authentication,
            ProxyHandler proxy) {
        router.route().order(FIRST).handler(responseHeaders);
        router.route(GatewayPaths.API + "/*")
                .handler(metrics)
                .handler(rateLimits.perClientIp())
                .handler(requestShape)
                .handler(authentication)
                .handler(rateLimits.perSubject())
                .handler(proxy);
    }
}
