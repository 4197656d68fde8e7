package org.weconomics.performance.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrkTest {

    @Test
    void theThroughputCountsOnlyExpectedAnswers() {
        String output =
                """
                Running 15s test @ http://localhost:8080
                  2 threads and 32 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency    12.10ms    4.20ms  80.00ms   90.00%
                  30000 requests in 15.00s, 9.00MB read
                  Socket errors: connect 0, read 2, write 0, timeout 8
                  Non-2xx or 3xx responses: 90
                Requests/sec:   2000.00
                Transfer/sec:    614.40KB
                """;

        Wrk.Throughput throughput = Wrk.parse(output);

        assertThat(throughput.requests()).isEqualTo(30000);
        assertThat(throughput.failed()).isEqualTo(100);
        assertThat(throughput.successfulPerSecond()).isEqualTo(29900 / 15.0);
    }

    @Test
    void theScriptTakesThePathsInTurnWithTheTokenAndBody() {
        LoadSpec spec = LoadSpec.post(
                        "note write",
                        "http://localhost:8080",
                        "abc",
                        List.of("/a/notes", "/b/notes"),
                        "{\"text\":\"x\"}")
                .at(new LoadSpec.ClosedLoop(4), Duration.ofSeconds(1));

        String script = Wrk.luaScript(spec);

        assertThat(script)
                .contains("local paths = {\"/a/notes\", \"/b/notes\"}")
                .contains("wrk.method = \"POST\"")
                .contains("wrk.headers[\"Authorization\"] = \"Bearer abc\"")
                .contains("wrk.body = \"{\\\"text\\\":\\\"x\\\"}\"")
                .contains("next = next % #paths + 1");
    }
}
