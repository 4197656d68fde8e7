package org.weconomics.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;
import org.weconomics.infrastructure.postgres.PostgresServer;

/**
 * A real PostgreSQL for a module's {@code @QuarkusTest}s: the embedded binaries with a fresh data
 * directory, or, when {@code WECONOMICS_TEST_POSTGRES_HOST} names one, a fresh database on an existing
 * server (port, user and password from {@code WECONOMICS_TEST_POSTGRES_PORT/_USER/_PASSWORD}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;
    private String database;
    private boolean existingServer;

    @Override
    public Map<String, String> start() {
        String host = System.getenv("WECONOMICS_TEST_POSTGRES_HOST");
        existingServer = host != null && !host.isBlank();
        if (existingServer) {
            server = PostgresServer.existing(
                    host,
                    Integer.parseInt(System.getenv().getOrDefault("WECONOMICS_TEST_POSTGRES_PORT", "5432")),
                    System.getenv().getOrDefault("WECONOMICS_TEST_POSTGRES_USER", "postgres"),
                    System.getenv().getOrDefault("WECONOMICS_TEST_POSTGRES_PASSWORD", "postgres"));
            database = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        } else {
            server = PostgresServer.startEmbedded(null, 0, TestDirectories.logFile("postgres"));
            database = "service_test";
        }
        String url = server.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (server == null) {
            return;
        }
        if (existingServer) {
            server.dropDatabase(database);
        }
        server.close();
    }
}
