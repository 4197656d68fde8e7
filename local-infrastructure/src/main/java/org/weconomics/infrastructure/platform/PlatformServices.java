package org.weconomics.infrastructure.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.weconomics.infrastructure.kafka.KafkaBroker;
import org.weconomics.infrastructure.keycloak.WeconomicsRealm;
import org.weconomics.infrastructure.postgres.PostgresServer;

/**
 * The platform's three services and what each needs from its environment: its own database, the Kafka
 * broker, the Keycloak realm that issues tokens. Used by the run command and by the end-to-end checks that
 * start the services one by one, so that both run them alike.
 */
public final class PlatformServices {

    /** The services in start order. */
    public static final List<String> MODULES = List.of("canvas-service", "partnership-service", "finance-service");

    private static final Map<String, String> DATABASES =
            Map.of("canvas-service", "canvas", "partnership-service", "partnership", "finance-service", "finance");
    private static final Map<String, String> PREFIXES =
            Map.of("canvas-service", "CANVAS", "partnership-service", "PARTNERSHIP", "finance-service", "FINANCE");

    private PlatformServices() {}

    /** The name of the service's own database. */
    public static String database(String module) {
        return known(DATABASES, module);
    }

    /**
     * The environment of a service.
     *
     * @param databaseUrl the JDBC URL of its own database
     * @param keycloakUrl the Keycloak base URL, e.g. {@code http://localhost:8180}; its {@code weconomics} realm
     *     issues the tokens, and its client {@value WeconomicsRealm#MIRROR_CLIENT_ID} lets partnership-service
     *     mirror local groups
     */
    public static Map<String, String> environment(
            String module, String databaseUrl, PostgresServer postgres, KafkaBroker kafka, String keycloakUrl) {
        String prefix = known(PREFIXES, module);
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(prefix + "_DB_URL", databaseUrl);
        environment.put(prefix + "_DB_USER", postgres.username());
        environment.put(prefix + "_DB_PASSWORD", postgres.password());
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("OIDC_AUTH_SERVER_URL", keycloakUrl + "/realms/weconomics");
        environment.put("WECONOMICS_KEYCLOAK_URL", keycloakUrl);
        // The Keycloak mirror of local groups signs in as its own client's service account (least privilege).
        environment.put("WECONOMICS_KEYCLOAK_CLIENT_SECRET", WeconomicsRealm.MIRROR_CLIENT_SECRET);
        return environment;
    }

    private static String known(Map<String, String> values, String module) {
        String value = values.get(module);
        if (value == null) {
            throw new IllegalArgumentException("Not one of the platform's services: " + module);
        }
        return value;
    }
}
