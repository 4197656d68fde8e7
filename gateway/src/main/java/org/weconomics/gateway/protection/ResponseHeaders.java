package org.weconomics.gateway.protection;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.weconomics.gateway.routing.GatewayPaths;
import org.weconomics.gateway.routing.RequestIds;

/**
 * Gives every request its {@code X-Request-Id} (the caller's, or a new one, passed to the service and
 * echoed back) and every response the security headers, whoever wrote the response.
 */
@ApplicationScoped
public class ResponseHeaders implements Handler<RoutingContext> {

    @Override
    public void handle(RoutingContext request) {
        String requestId = RequestIds.acceptOrCreate(request.request().getHeader(RequestIds.HEADER));
        request.request().headers().set(RequestIds.HEADER, requestId);
        boolean api = request.normalizedPath().startsWith(GatewayPaths.API + "/");
        boolean tls =
                request.request().isSSL() || "https".equals(request.request().scheme());
        request.addHeadersEndHandler(ignored -> {
            MultiMap headers = request.response().headers();
            headers.set(RequestIds.HEADER, requestId);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            if (!headers.contains("Content-Security-Policy")) {
                headers.set("Content-Security-Policy", "frame-ancestors 'none'");
            }
            if (tls) {
                headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            if (api && !headers.contains("Cache-Control")) {
                // Answers carry members' data; no shared or browser cache keeps them.
                headers.set("Cache-Control", "no-store");
            }
        });
        request.next();
    }
}
