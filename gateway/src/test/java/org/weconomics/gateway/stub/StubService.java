package org.weconomics.gateway.stub;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in for one service behind the gateway, on a real HTTP port: it echoes what reached it, serves a
 * small OpenAPI document and a readiness endpoint, can be made slow, streams Server-Sent Events, and counts the
 * requests it saw.
 * Tests steer it over HTTP ({@code /__stub/...}), never through shared statics.
 */
public final class StubService {

    private final Vertx vertx;
    private final String name;
    private final HttpServer server;
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final AtomicReference<String> readiness = new AtomicReference<>("UP");

    private StubService(Vertx vertx, String name, HttpServer server) {
        this.vertx = vertx;
        this.name = name;
        this.server = server;
    }

    public static StubService start(Vertx vertx, String name) {
        StubService[] holder = new StubService[1];
        HttpServer server = vertx.createHttpServer().requestHandler(request -> holder[0].handle(request));
        holder[0] = new StubService(vertx, name, server);
        server.listen(0).toCompletionStage().toCompletableFuture().join();
        return holder[0];
    }

    public String url() {
        return "http://localhost:" + server.actualPort();
    }

    public void stop() {
        server.close().toCompletionStage().toCompletableFuture().join();
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/__stub/")) {
            control(request, path.substring("/__stub/".length()));
        } else if (path.equals("/q/openapi")) {
            request.response()
                    .putHeader("Content-Type", "application/json")
                    .end(StubOpenApi.document(name).encode());
        } else if (path.equals("/q/health/ready")) {
            String status = readiness.get();
            request.response()
                    .setStatusCode(status.equals("UP") ? 200 : 503)
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("status", status).encode());
        } else {
            seen.computeIfAbsent(path, ignored -> new AtomicInteger()).incrementAndGet();
            if (path.startsWith("/slow")) {
                return; // Never answers: the gateway's timeout has to act.
            }
            if (path.startsWith("/events")) {
                stream(request);
                return;
            }
            echo(request);
        }
    }

    private void echo(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            JsonObject headers = new JsonObject();
            request.headers()
                    .names()
                    .forEach(header -> headers.put(
                            header.toLowerCase(),
                            new JsonArray(request.headers().getAll(header))));
            JsonObject echo = new JsonObject()
                    .put("service", name)
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("headers", headers)
                    .put("bodyLength", body.length());
            MultiMap responseHeaders = request.response().headers();
            responseHeaders.set("Content-Type", "application/json");
            // A header the service means for its own connection only: the gateway must not pass it on.
            responseHeaders.set("X-Connection-Local", "secret");
            responseHeaders.set("Connection", "X-Connection-Local");
            responseHeaders.set("Keep-Alive", "timeout=5");
            int status = request.getParam("status") == null ? 200 : Integer.parseInt(request.getParam("status"));
            request.response().setStatusCode(status).end(echo.encode());
        });
    }

    /**
     * A Server-Sent Events stream as a live feed sends it: the headers and a comment at once, then {@code count}
     * events {@code every} milliseconds apart (silent in between), then the end.
     */
    private void stream(HttpServerRequest request) {
        int count = Integer.parseInt(request.getParam("count", "3"));
        long every = Long.parseLong(request.getParam("every", "1000"));
        HttpServerResponse response = request.response()
                .setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache");
        response.write(":open\n\n");
        AtomicInteger sent = new AtomicInteger();
        long timer = vertx.setPeriodic(every, id -> {
            int n = sent.incrementAndGet();
            response.write("id:" + n + "\nevent:tick\ndata:{\"n\":" + n + "}\n\n");
            if (n == count) {
                vertx.cancelTimer(id);
                response.end();
            }
        });
        response.closeHandler(closed -> vertx.cancelTimer(timer));
    }

    private void control(HttpServerRequest request, String command) {
        if (command.startsWith("ready/")) {
            readiness.set(command.substring("ready/".length()));
            request.response().end();
        } else if (command.equals("seen")) {
            AtomicInteger count = seen.get(request.getParam("path"));
            request.response().end(Integer.toString(count == null ? 0 : count.get()));
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    static List<String> names() {
        return List.of("canvas", "partnership", "finance");
    }
}
