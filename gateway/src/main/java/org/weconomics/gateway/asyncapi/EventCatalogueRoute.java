package org.weconomics.gateway.asyncapi;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the AsyncAPI document of the platform's events at {@code /asyncapi}, next to the merged OpenAPI document
 * and like it without a token: event-catalogue writes it from event-contracts when it is built, so the gateway serves
 * the events of the very build it runs.
 */
@ApplicationScoped
public class EventCatalogueRoute {

    public static final String PATH = "/asyncapi";
    /** Where event-catalogue's jar carries the document (its AsyncApiWriter.RESOURCE). */
    static final String RESOURCE = "/org/weconomics/events/catalogue/asyncapi.json";

    private final Buffer document;

    public EventCatalogueRoute() {
        this.document = Buffer.buffer(read());
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.GET, PATH).handler(this::serve);
    }

    private void serve(RoutingContext request) {
        request.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(document);
    }

    private static byte[] read() {
        try (InputStream in = EventCatalogueRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The events' AsyncAPI document " + RESOURCE
                        + " is not on the class path: the gateway depends on event-catalogue");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
