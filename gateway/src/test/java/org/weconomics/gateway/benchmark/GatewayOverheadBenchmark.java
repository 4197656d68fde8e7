package org.weconomics.gateway.benchmark;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.weconomics.testing.TestTokens;

/**
 * Measures what the gateway adds over calling a service directly: latency at a fixed request rate (p50,
 * p99; open loop, measured from the intended send time so a stall is not hidden) and the highest
 * throughput of each with the same number of concurrent callers. Not a test: run it with
 * {@code gateway/bench/run.sh} after {@code mvn -pl gateway package}.
 */
public final class GatewayOverheadBenchmark {

    private static final String BODY = "{\"id\":\"7f9c\",\"title\":\"Buurtwerking Gent\",\"notes\":[1,2,3,4,5,6,7,8]}";

    private final Vertx vertx = Vertx.vertx();
    private final int rate = Integer.getInteger("bench.rate", 1000);
    private final int seconds = Integer.getInteger("bench.seconds", 20);
    private final int concurrency = Integer.getInteger("bench.concurrency", 64);

    public static void main(String[] args) {
        int status = 0;
        try {
            new GatewayOverheadBenchmark().run();
        } catch (Exception e) {
            e.printStackTrace();
            status = 1;
        }
        // Vert.x threads are not daemons; the run is over either way.
        System.exit(status);
    }

    private void run() throws Exception {
        HttpServer upstream = vertx.createHttpServer()
                .requestHandler(request -> request.response()
                        .putHeader("Content-Type", "application/json")
                        .end(BODY))
                .listen(0)
                .toCompletionStage()
                .toCompletableFuture()
                .get();
        int gatewayPort = freePort();
        Process gateway = startGateway(gatewayPort, upstream.actualPort());
        try {
            awaitLive(gatewayPort);
            String token = TestTokens.token()
                    .subject("benchmark")
                    .roles("member")
                    .expiresAt(java.time.Instant.now().plus(Duration.ofHours(1)))
                    .sign();
            Target direct = new Target("direct", upstream.actualPort(), "/canvases/7f9c", null);
            Target viaGateway = new Target("gateway", gatewayPort, "/api/canvas/canvases/7f9c", "Bearer " + token);

            System.out.println(machine());
            System.out.printf(
                    "Fixed rate %d req/s for %d s after %d s warm-up; throughput with %d concurrent callers%n",
                    rate, seconds, seconds / 2, concurrency);
            for (Target target : List.of(direct, viaGateway)) {
                fixedRate(target, rate, seconds / 2);
            }
            long[] directLatencies = fixedRate(direct, rate, seconds);
            long[] gatewayLatencies = fixedRate(viaGateway, rate, seconds);
            report("direct", directLatencies);
            report("gateway", gatewayLatencies);
            System.out.printf(
                    "added latency: p50 %.3f ms, p99 %.3f ms%n",
                    millis(percentile(gatewayLatencies, 50) - percentile(directLatencies, 50)),
                    millis(percentile(gatewayLatencies, 99) - percentile(directLatencies, 99)));
            double directThroughput = throughput(direct, seconds);
            double gatewayThroughput = throughput(viaGateway, seconds);
            System.out.printf(
                    "throughput: direct %.0f req/s, gateway %.0f req/s, ratio %.2f%n",
                    directThroughput, gatewayThroughput, gatewayThroughput / directThroughput);
        } finally {
            gateway.destroy();
            gateway.waitFor(10, TimeUnit.SECONDS);
            vertx.close();
        }
    }

    private record Target(String name, int port, String path, String authorization) {}

    private io.vertx.core.http.HttpClient client() {
        return vertx.createHttpClient(
                new HttpClientOptions().setDefaultPort(0).setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(concurrency * 2).setMaxWaitQueueSize(-1));
    }

    private long[] fixedRate(Target target, int perSecond, int durationSeconds) throws InterruptedException {
        io.vertx.core.http.HttpClient client = client();
        int total = perSecond * durationSeconds;
        long[] latencies = new long[total];
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        AtomicInteger sent = new AtomicInteger();
        long timer = vertx.setPeriodic(1, id -> {
            long due = (System.nanoTime() - start) / interval + 1;
            while (sent.get() < Math.min(due, total)) {
                int index = sent.getAndIncrement();
                long intended = start + index * interval;
                send(client, target).onComplete(result -> {
                    latencies[index] = System.nanoTime() - intended;
                    if (result.failed() || result.result() != 200) {
                        failures.incrementAndGet();
                    }
                    done.countDown();
                });
            }
        });
        done.await(durationSeconds + 60L, TimeUnit.SECONDS);
        vertx.cancelTimer(timer);
        client.close();
        if (failures.get() > 0) {
            System.out.printf("  %s: %d of %d requests failed%n", target.name(), failures.get(), total);
        }
        return latencies;
    }

    private double throughput(Target target, int durationSeconds) throws InterruptedException {
        io.vertx.core.http.HttpClient client = client();
        AtomicLong completed = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(durationSeconds);
        CountDownLatch callers = new CountDownLatch(concurrency);
        for (int i = 0; i < concurrency; i++) {
            vertx.runOnContext(ignored -> loop(client, target, end, completed, callers));
        }
        callers.await(durationSeconds + 60L, TimeUnit.SECONDS);
        client.close();
        return completed.get() / (double) durationSeconds;
    }

    private void loop(
            io.vertx.core.http.HttpClient client,
            Target target,
            long end,
            AtomicLong completed,
            CountDownLatch callers) {
        if (System.nanoTime() >= end) {
            callers.countDown();
            return;
        }
        send(client, target).onComplete(result -> {
            if (result.succeeded() && result.result() == 200) {
                completed.incrementAndGet();
            }
            loop(client, target, end, completed, callers);
        });
    }

    private static io.vertx.core.Future<Integer> send(io.vertx.core.http.HttpClient client, Target target) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost("localhost")
                .setPort(target.port())
                .setURI(target.path());
        if (target.authorization() != null) {
            options.putHeader("Authorization", target.authorization());
        }
        return client.request(options).compose(request -> request.send()).compose(response -> response.body()
                .map(body -> response.statusCode()));
    }

    private static void report(String name, long[] latencies) {
        System.out.printf(
                "%-8s p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
                name,
                millis(percentile(latencies, 50)),
                millis(percentile(latencies, 99)),
                millis(percentile(latencies, 100)));
    }

    private static long percentile(long[] values, double percentile) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000d;
    }

    private static Process startGateway(int port, int upstreamPort) throws IOException {
        Path jar = Path.of(System.getProperty("bench.gateway-jar", "target/quarkus-app/quarkus-run.jar"));
        if (!jar.toFile().isFile()) {
            throw new IllegalStateException("Build the gateway first (mvn -pl gateway package -DskipTests): " + jar);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=benchmark",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.oidc.public-key=" + publicKey(),
                "-Dquarkus.oidc.token.issuer=" + TestTokens.ISSUER,
                "-Dweconomics.gateway.openapi.issuer=" + TestTokens.ISSUER,
                "-Dweconomics.gateway.routes.canvas.url=http://localhost:" + upstreamPort,
                "-Dweconomics.gateway.routes.partnership.url=http://localhost:" + upstreamPort,
                "-Dweconomics.gateway.routes.finance.url=http://localhost:" + upstreamPort,
                "-Dweconomics.gateway.rate-limit.per-subject.capacity=1000000",
                "-Dweconomics.gateway.rate-limit.per-subject.refill-per-second=1000000",
                "-Dweconomics.gateway.rate-limit.per-client-ip.capacity=1000000",
                "-Dweconomics.gateway.rate-limit.per-client-ip.refill-per-second=1000000",
                "-jar",
                jar.toString()));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(jar.toAbsolutePath()
                        .getParent()
                        .getParent()
                        .resolve("benchmark-gateway.log")
                        .toFile())
                .start();
    }

    private static String publicKey() throws IOException {
        try (InputStream in =
                TestTokens.class.getResourceAsStream("/org/weconomics/testing/test-signing-key.pub.pem")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
        }
    }

    private static void awaitLive(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(
                                        HttpRequest.newBuilder(
                                                        URI.create("http://localhost:" + port + "/q/health/live"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IllegalStateException("The gateway did not start; see gateway/target/benchmark-gateway.log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(
                "Machine: %d CPUs, %s %s (%s), Java %s, max heap %d MB, load average %.2f",
                runtime.availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                runtime.maxMemory() / (1024 * 1024),
                os.getSystemLoadAverage());
    }
}
