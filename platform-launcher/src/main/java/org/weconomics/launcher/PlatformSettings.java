package org.weconomics.launcher;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where and on which ports the platform runs. Every value has a default and can be changed through an
 * environment variable, so that a port taken on one machine can be moved without editing files.
 */
record PlatformSettings(
        Path repository,
        Path runDirectory,
        int gatewayPort,
        int canvasPort,
        int partnershipPort,
        int financePort,
        int keycloakPort,
        int keycloakManagementPort,
        int postgresPort,
        int kafkaPort,
        Optional<ExternalPostgres> externalPostgres) {

    /** An existing PostgreSQL server to use instead of the embedded one. */
    record ExternalPostgres(String host, int port, String username, String password) {}

    static PlatformSettings fromEnvironment(Path repository, Map<String, String> env) {
        Path runDirectory = Path.of(env.getOrDefault(
                        "WECONOMICS_RUN_DIR", repository.resolve(".run").toString()))
                .toAbsolutePath();
        Optional<ExternalPostgres> external = Optional.ofNullable(env.get("WECONOMICS_POSTGRES_HOST"))
                .filter(host -> !host.isBlank())
                .map(host -> new ExternalPostgres(
                        host,
                        port(env, "WECONOMICS_POSTGRES_PORT", 5432),
                        env.getOrDefault("WECONOMICS_POSTGRES_USER", "postgres"),
                        env.getOrDefault("WECONOMICS_POSTGRES_PASSWORD", "postgres")));
        return new PlatformSettings(
                repository,
                runDirectory,
                port(env, "WECONOMICS_GATEWAY_PORT", 8080),
                port(env, "WECONOMICS_CANVAS_PORT", 8081),
                port(env, "WECONOMICS_PARTNERSHIP_PORT", 8082),
                port(env, "WECONOMICS_FINANCE_PORT", 8083),
                port(env, "WECONOMICS_KEYCLOAK_PORT", 8180),
                port(env, "WECONOMICS_KEYCLOAK_MANAGEMENT_PORT", 9180),
                port(env, "WECONOMICS_POSTGRES_PORT", 15432),
                port(env, "WECONOMICS_KAFKA_PORT", 9092),
                external);
    }

    Path logs() {
        return runDirectory.resolve("logs");
    }

    Path logFile(String component) {
        return logs().resolve(component + ".log");
    }

    Path supervisorPidFile() {
        return runDirectory.resolve("supervisor.pid");
    }

    Path progressFile() {
        return runDirectory.resolve("progress.log");
    }

    Path componentsFile() {
        return runDirectory.resolve("components.properties");
    }

    Path demoDataMarker() {
        return runDirectory.resolve("demo-data.loaded");
    }

    String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    String keycloakUrl() {
        return "http://localhost:" + keycloakPort;
    }

    String issuer() {
        return keycloakUrl() + "/realms/weconomics";
    }

    private static int port(Map<String, String> env, String name, int defaultPort) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return defaultPort;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number (1-65535), not '" + value + "'");
        }
    }
}
