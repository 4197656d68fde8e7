package org.weconomics.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.weconomics.gateway.config.GatewayConfig;

/**
 * One HTTP client per service, each with its own bounded connection pool, so that one slow service cannot
 * take the connections the others need; and one more per service for long-lived streams, so that open live
 * feeds cannot take the connections of ordinary requests.
 */
@ApplicationScoped
public class UpstreamClients {

    private final Map<String, HttpClient> clients = new LinkedHashMap<>();
    private final Map<String, HttpClient> streamClients = new LinkedHashMap<>();

    public UpstreamClients(Vertx vertx, GatewayConfig config) {
        GatewayConfig.UpstreamClient settings = config.upstream();
        config.routes().forEach((name, route) -> {
            clients.put(
                    name,
                    vertx.createHttpClient(
                            clientOptions(route.url(), settings),
                            new PoolOptions()
                                    .setHttp1MaxSize(settings.maxPoolSize())
                                    .setMaxWaitQueueSize(settings.maxWaitQueueSize())));
            streamClients.put(
                    name,
                    vertx.createHttpClient(
                            clientOptions(route.url(), settings),
                            new PoolOptions()
                                    .setHttp1MaxSize(settings.maxStreams())
                                    .setMaxWaitQueueSize(0)));
        });
    }

    public HttpClient client(String route) {
        return clients.get(route);
    }

    /** The client for long-lived streams (Server-Sent Events) to a route's service. */
    public HttpClient streamClient(String route) {
        return streamClients.get(route);
    }

    private static HttpClientOptions clientOptions(URI url, GatewayConfig.UpstreamClient settings) {
        boolean tls = "https".equalsIgnoreCase(url.getScheme());
        int port = url.getPort() > 0 ? url.getPort() : (tls ? 443 : 80);
        return new HttpClientOptions()
                .setDefaultHost(url.getHost())
                .setDefaultPort(port)
                .setSsl(tls)
                .setKeepAlive(true)
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setKeepAliveTimeout(
                        Math.max(1, (int) settings.idleConnectionTimeout().toSeconds()))
                // The gateway passes bodies through as they are; it neither asks for nor undoes compression.
                .setDecompressionSupported(false);
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
        streamClients.values().forEach(HttpClient::close);
    }
}
