package org.weconomics.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import org.weconomics.gateway.problem.ProblemResponses;
import org.weconomics.support.problem.ProblemType;

/** Hands an admitted request to its route's proxy; paths no route serves are 404 here. */
@ApplicationScoped
public class ProxyHandler implements Handler<RoutingContext> {

    /** The services' own infrastructure endpoints (health, metrics, OpenAPI) are not part of the API. */
    private static final String SERVICE_INFRASTRUCTURE = "/q/";

    private final UpstreamProxies proxies;
    private final ProblemResponses problems;

    public ProxyHandler(UpstreamProxies proxies, ProblemResponses problems) {
        this.proxies = proxies;
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext request) {
        String path = request.normalizedPath();
        String route = GatewayPaths.routeOf(path);
        HttpProxy proxy = route == null ? null : proxies.proxy(route);
        if (proxy == null || (GatewayPaths.servicePath(route, path) + "/").startsWith(SERVICE_INFRASTRUCTURE)) {
            problems.send(request, ProblemType.NOT_FOUND, "No resource at " + path);
            return;
        }
        proxy.handle(request.request());
    }
}
