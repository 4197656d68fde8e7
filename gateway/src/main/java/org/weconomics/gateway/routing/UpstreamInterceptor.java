package org.weconomics.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.weconomics.gateway.problem.ProblemResponses;
import org.weconomics.support.problem.Problem;
import org.weconomics.support.problem.ProblemType;

/**
 * Shapes each request on its way to one service (path without the route prefix, clean headers, bounded
 * body) and turns a service that cannot answer into a problem instead of the proxy's empty 502.
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    private static final String BODY_TOO_LARGE = "body-too-large";

    private final String route;
    private final String prefix;
    private final long maxBodyBytes;
    private final ProblemResponses problems;

    UpstreamInterceptor(String route, long maxBodyBytes, ProblemResponses problems) {
        this.route = route;
        this.prefix = GatewayPaths.prefixOf(route);
        this.maxBodyBytes = maxBodyBytes;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        request.setURI(GatewayPaths.upstreamUri(prefix, incoming.uri()));
        ForwardedHeaders.removeHopByHop(request.headers());
        ForwardedHeaders.replaceForwarding(
                request.headers(),
                new ForwardedHeaders.Origin(
                        clientIp(incoming),
                        incoming.scheme(),
                        incoming.authority() == null ? "" : incoming.authority().toString(),
                        prefix));
        TraceContext.keepOnlyValid(request.headers());
        Body body = request.getBody();
        if (body != null && body.length() < 0) {
            request.setBody(Body.body(
                    new SizeLimitedStream(body.stream(), maxBodyBytes, () -> context.set(BODY_TOO_LARGE, Boolean.TRUE)),
                    -1));
        }
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ForwardedHeaders.removeHopByHop(context.response().headers());
        return context.sendResponse();
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        boolean tooLarge = Boolean.TRUE.equals(context.get(BODY_TOO_LARGE, Boolean.class));
        ProblemType type = tooLarge ? ProblemType.PAYLOAD_TOO_LARGE : UpstreamFailures.classify(failure);
        String detail = tooLarge
                ? "The request body is larger than " + maxBodyBytes + " bytes"
                : UpstreamFailures.detail(type, route);
        String body =
                problems.body(type, detail, context.request().proxiedRequest().path());
        ProxyResponse response = context.request()
                .release()
                .response()
                .setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .setBody(Body.body(Buffer.buffer(body)));
        if (tooLarge) {
            // The rest of the upload is not read; the connection cannot be reused.
            response.putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        }
        return response;
    }

    private static String clientIp(HttpServerRequest incoming) {
        return incoming.remoteAddress() == null
                ? "unknown"
                : incoming.remoteAddress().hostAddress();
    }
}
