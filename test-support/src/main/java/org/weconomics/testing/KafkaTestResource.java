package org.weconomics.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.weconomics.infrastructure.kafka.KafkaBroker;

/**
 * A real KRaft Kafka broker for a module's {@code @QuarkusTest}s, started once per test run on a free
 * port and a fresh log directory. Tests that need an outage stop and start it through {@link #broker()}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        broker = KafkaBroker.start(TestDirectories.freshDirectory("kafka"), 0, TestDirectories.logFile("kafka"));
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    /** The running broker of this test run. */
    public static KafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("No Kafka broker runs: the test class lacks KafkaTestResource");
        }
        return broker;
    }
}
