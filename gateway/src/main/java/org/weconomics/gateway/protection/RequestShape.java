package org.weconomics.gateway.protection;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.weconomics.gateway.config.GatewayConfig;
import org.weconomics.gateway.problem.ProblemResponses;
import org.weconomics.support.problem.ProblemType;

/**
 * Refuses, before anything else is spent on them, requests whose path is not in canonical form (dot segments
 * or doubled slashes could otherwise reach paths outside the route) and bodies announced as too large.
 * Chunked bodies are counted while they stream, by the proxy.
 */
@ApplicationScoped
public class RequestShape implements Handler<RoutingContext> {

    private final long maxBodyBytes;
    private final ProblemResponses problems;

    public RequestShape(GatewayConfig config, ProblemResponses problems) {
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext request) {
        if (!request.request().path().equals(request.normalizedPath())) {
            problems.send(
                    request,
                    ProblemType.MALFORMED_REQUEST,
                    "The path must not contain '.' or '..' segments, empty segments or needlessly encoded characters");
            return;
        }
        String declared = request.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared)) {
            request.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
            problems.send(
                    request,
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        request.next();
    }

    private boolean exceeds(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // Left to the HTTP layer, which rejects a malformed length itself.
        }
    }
}
