package org.weconomics.gateway.routing;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.weconomics.gateway.config.GatewayConfig;
import org.weconomics.gateway.problem.ProblemResponses;

/**
 * The streaming reverse proxy of each route, on the route's own connection pool; requests for Server-Sent Events
 * (live feeds) go over the route's pool for streams.
 */
@ApplicationScoped
public class UpstreamProxies {

    private static final String EVENT_STREAM = "text/event-stream";

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
                                // The timeout ends when the service starts answering; a stream then lasts as long
                                // as the service sends it.
                                .origin(context -> (asksForEventStream(
                                                        context.request().proxiedRequest())
                                                ? clients.streamClient(route)
                                                : context.client())
                                        .request(new RequestOptions().setIdleTimeout(requestTimeout)))
                                .addInterceptor(new UpstreamInterceptor(route, maxBody, problems))));
    }

    static boolean asksForEventStream(HttpServerRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.toLowerCase(Locale.ROOT).contains(EVENT_STREAM);
    }

    /** The proxy of a route, or null when the gateway has no such route. */
    public HttpProxy proxy(String route) {
        return proxies.get(route);
    }
}
