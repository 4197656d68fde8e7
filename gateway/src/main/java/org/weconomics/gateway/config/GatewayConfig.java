package org.weconomics.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Everything the gateway can be told, under {@code weconomics.gateway}. */
@ConfigMapping(prefix = "weconomics.gateway")
public interface GatewayConfig {

    /**
     * The services behind the gateway by route name: {@code /api/<name>/...} goes to the route's URL with
     * {@code /api/<name>} stripped.
     */
    Map<String, Route> routes();

    /** How the gateway talks to every upstream. */
    UpstreamClient upstream();

    /** Requests whose body is larger are refused with 413 before reaching a service. */
    @WithDefault("1M")
    MemorySize maxBodySize();

    RateLimits rateLimit();

    /** Operations only administrators may call; others get 403 at the gateway. */
    List<AdminRoute> adminRoutes();

    OpenApi openapi();

    interface Route {
        /** Where the service listens, e.g. {@code http://localhost:8081}; no path. */
        URI url();
    }

    interface UpstreamClient {
        /** Connections kept per upstream; requests beyond wait in a queue. */
        @WithDefault("64")
        int maxPoolSize();

        /** Requests waiting for a connection per upstream; beyond, the gateway answers 503 at once. */
        @WithDefault("256")
        int maxWaitQueueSize();

        @WithDefault("2s")
        Duration connectTimeout();

        /**
         * Longest wait for a service to start answering (its status and headers); then 504. Shorter than the 30 s
         * browsers and HTTP clients commonly wait. Once a service has answered, its body streams for as long as the
         * service sends it, so a live feed (text/event-stream) is not cut by this timeout.
         */
        @WithDefault("15s")
        Duration requestTimeout();

        /**
         * Connections per upstream for streams (requests that accept {@code text/event-stream}, such as live feeds),
         * a pool apart from the ordinary requests', so that open feeds, which hold a connection for hours, cannot
         * take the connections other requests need.
         */
        @WithDefault("1000")
        int maxStreams();

        /** Idle pooled connections are closed after this long. */
        @WithDefault("60s")
        Duration idleConnectionTimeout();
    }

    interface RateLimits {
        /** Requests of one token subject. */
        Bucket perSubject();

        /** Requests from one client address, counted before the token is even looked at. */
        Bucket perClientIp();

        /** How many subjects and addresses are tracked at most; the least recently seen are forgotten. */
        @WithDefault("100000")
        long maxTrackedKeys();
    }

    interface Bucket {
        /** Burst size: requests allowed at once after a quiet period. */
        long capacity();

        /** Sustained requests per second. */
        double refillPerSecond();
    }

    interface AdminRoute {
        /** HTTP methods, e.g. {@code POST,PUT,PATCH,DELETE}; empty means every method. */
        Optional<Set<String>> methods();

        /** Gateway path pattern: {@code *} matches one segment, a trailing {@code /**} any rest (or none). */
        String path();
    }

    interface OpenApi {
        /** Keycloak realm URL the browser logs in at (the issuer as the browser sees it). */
        URI issuer();

        /** The public client Swagger UI logs in with (authorization code + PKCE). */
        @WithDefault("weconomics-web")
        String clientId();

        @WithDefault("Weconomics platform API")
        String title();

        @WithDefault("0.1.0")
        String version();

        /** How long a service may take to hand over its OpenAPI document. */
        @WithDefault("5s")
        Duration fetchTimeout();
    }
}
