package org.weconomics.partnership.localgroup.mirror;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.weconomics.infrastructure.keycloak.KeycloakServer;
import org.weconomics.infrastructure.keycloak.WeconomicsRealm;

/**
 * A real Keycloak with the weconomics realm, on free ports, for the mirror's test; the service signs in
 * as the mirror client's service account, with exactly the rights the realm file gives it. Retries are fast here so that a failing task shows within seconds.
 */
public class KeycloakTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile KeycloakServer server;

    @Override
    public Map<String, String> start() {
        server = KeycloakServer.builder()
                .httpPort(0)
                .managementPort(0)
                .logFile(logFile())
                .start();
        return Map.of(
                "weconomics.keycloak.enabled",
                "true",
                "weconomics.keycloak.server-url",
                server.baseUrl(),
                "weconomics.keycloak.auth-realm",
                WeconomicsRealm.NAME,
                "weconomics.keycloak.client-id",
                WeconomicsRealm.MIRROR_CLIENT_ID,
                "weconomics.keycloak.client-secret",
                WeconomicsRealm.MIRROR_CLIENT_SECRET,
                "weconomics.keycloak.mirror.interval",
                "200ms",
                "weconomics.keycloak.mirror.initial-backoff",
                "100ms",
                "weconomics.keycloak.mirror.max-backoff",
                "1s");
    }

    /** Beside the logs of the module's other test components. */
    private static Path logFile() {
        Path logs = Path.of("target", "test-infrastructure", "logs").toAbsolutePath();
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + logs, e);
        }
        return logs.resolve("keycloak.log");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    static KeycloakServer server() {
        if (server == null) {
            throw new IllegalStateException("No Keycloak runs: the test class lacks KeycloakTestResource");
        }
        return server;
    }
}
