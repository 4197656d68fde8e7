package org.weconomics.gateway.routing;

import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.weconomics.gateway.config.GatewayConfig;
import org.weconomics.gateway.problem.ProblemResponses;

/** The streaming reverse proxy of each route, on the route's own connection pool. */
@ApplicationScoped
public class UpstreamProxies {

    private final Map<String, HttpProxy> proxies = new HashMap<>();

    public UpstreamProxies(GatewayConfig config, UpstreamClients clients, ProblemResponses problems) {
        long requestTimeout = config.upstream().requestTimeout().toMillis();
        long maxBody = config.maxBodySize().asLongValue();
        config.routes()
                .keySet()
                .forEach(route -> proxies.put(
                        route,
                        HttpProxy.reverseProxy(clients.client(route))
                                // No retry anywhere: a request is sent once, so a POST cannot take effect twice.
                                .origin(context ->
                                        context.client().request(new RequestOptions().setIdleTimeout(requestTimeout)))
                                .addInterceptor(new UpstreamInterceptor(route, maxBody, problems))));
    }

    /** The proxy of a route, or null when the gateway has no such route. */
    public HttpProxy proxy(String route) {
        return proxies.get(route);
    }
}
