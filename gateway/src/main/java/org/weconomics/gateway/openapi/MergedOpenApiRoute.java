package org.weconomics.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.weconomics.gateway.config.GatewayConfig;
import org.weconomics.gateway.routing.UpstreamClients;

/**
 * Serves the merged OpenAPI document at {@code /openapi}, built from each service's {@code /q/openapi}
 * (which the services serve without a token) at the time it is asked for.
 */
@ApplicationScoped
public class MergedOpenApiRoute {

    public static final String PATH = "/openapi";
    private static final String SERVICE_DOCUMENT = "/q/openapi?format=json";
    private static final Logger LOG = Logger.getLogger(MergedOpenApiRoute.class);

    private final GatewayConfig config;
    private final UpstreamClients clients;
    private final ObjectMapper json;

    public MergedOpenApiRoute(GatewayConfig config, UpstreamClients clients, ObjectMapper json) {
        this.config = config;
        this.clients = clients;
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.GET, PATH).handler(this::serve);
    }

    private void serve(RoutingContext request) {
        List<String> routes = new ArrayList<>(config.routes().keySet());
        List<Future<Optional<JsonNode>>> documents =
                routes.stream().map(this::fetch).toList();
        Future.join(documents).onComplete(ignored -> {
            Map<String, JsonNode> found = new LinkedHashMap<>();
            List<String> unavailable = new ArrayList<>();
            for (int i = 0; i < routes.size(); i++) {
                Optional<JsonNode> document = documents.get(i).result();
                if (document.isPresent()) {
                    found.put(routes.get(i), document.get());
                } else {
                    unavailable.add(routes.get(i));
                }
            }
            GatewayConfig.OpenApi settings = config.openapi();
            String server =
                    request.request().scheme() + "://" + request.request().authority();
            OpenApiMerger merger = new OpenApiMerger(new OpenApiMerger.Settings(
                    settings.title(),
                    settings.version(),
                    server,
                    settings.issuer().toString(),
                    settings.clientId()));
            request.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .end(merger.merge(found, unavailable).toPrettyString());
        });
    }

    private Future<Optional<JsonNode>> fetch(String route) {
        long timeout = config.openapi().fetchTimeout().toMillis();
        return clients.client(route)
                .request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setURI(SERVICE_DOCUMENT)
                        .setTimeout(timeout)
                        .putHeader(HttpHeaders.ACCEPT, "application/json"))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("status " + response.statusCode());
                    }
                    try {
                        return Optional.of(json.readTree(body.getBytes()));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException("not JSON", e);
                    }
                }))
                .otherwise(failure -> {
                    LOG.warnf("The OpenAPI document of %s could not be fetched: %s", route, failure.getMessage());
                    return Optional.empty();
                });
    }
}
