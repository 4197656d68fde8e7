package org.weconomics.performance.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gatling, run in this JVM as the harness runs it, against a stub server: every request and answer counted. */
class GatlingRunTest {

    @Test
    void aFixedRateLoadIsSentInFullAndItsWrongAnswersCounted(@TempDir Path results) throws Exception {
        AtomicInteger received = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            received.incrementAndGet();
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            boolean missing = exchange.getRequestURI().getPath().equals("/missing");
            exchange.sendResponseHeaders(missing ? 404 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            LoadSpec spec = LoadSpec.get(
                            "stub read",
                            "http://127.0.0.1:" + server.getAddress().getPort(),
                            "token",
                            List.of("/a", "/b", "/missing"))
                    .at(new LoadSpec.FixedRate(30), Duration.ofSeconds(2));

            LatencyFigures figures = new GatlingRun(results).run(spec);

            assertThat(figures.requests()).isEqualTo(60);
            assertThat(received.get()).isEqualTo(60);
            assertThat(figures.failed()).as("every third path answers 404").isEqualTo(20);
            assertThat(figures.p50()).isBetween(0.0, figures.p99());
            assertThat(figures.max()).isGreaterThanOrEqualTo(figures.p999());
            assertThat(figures.perSecond()).isEqualTo(30.0);
        } finally {
            server.stop(0);
        }
    }
}
