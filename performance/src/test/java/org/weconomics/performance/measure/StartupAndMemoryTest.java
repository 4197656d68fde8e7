package org.weconomics.performance.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupAndMemoryTest {

    @Test
    void theRunCommandsStartTimesAreReadInOrder() {
        String output =
                """
                Starting the Weconomics platform; logs in /tmp/run/logs
                [   0.0 s] Starting PostgreSQL ...
                [   3.9 s] PostgreSQL is ready at port 42423 (3.8 s)
                [  62.1 s] Keycloak is ready at http://localhost:37749 (49.1 s)
                [  82.5 s] canvas-service is ready at http://localhost:41607 (20.4 s)
                """;

        assertThat(StartupAndMemory.readySeconds(output))
                .containsExactly(
                        Map.entry("PostgreSQL", 3.8), Map.entry("Keycloak", 49.1), Map.entry("canvas-service", 20.4));
    }
}
