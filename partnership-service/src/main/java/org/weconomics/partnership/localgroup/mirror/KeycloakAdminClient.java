package org.weconomics.partnership.localgroup.mirror;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.runtime.serialisers.ClientJacksonMessageBodyWriter;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.resteasy.reactive.client.impl.ClientBuilderImpl;
import org.jboss.resteasy.reactive.server.jackson.JacksonBasicMessageBodyReader;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The admin client of the mirror: the service account of a confidential client of the realm it manages
 * (client credentials, never a user's password), with connect and read timeouts so that an unreachable
 * Keycloak fails a mirror task or a look-up quickly instead of holding a thread.
 */
@ApplicationScoped
public class KeycloakAdminClient {

    /** The priorities Quarkus gives the admin client's own JSON providers, so that they win over the app's. */
    private static final int READER_PRIORITY = 4900;

    private static final int WRITER_PRIORITY = 5100;

    private final KeycloakMirrorConfig config;
    private volatile Keycloak client;

    public KeycloakAdminClient(KeycloakMirrorConfig config) {
        this.config = config;
    }

    /** The realm whose groups and users the mirror manages. */
    public RealmResource realm() {
        return client().realm(config.realm());
    }

    private Keycloak client() {
        Keycloak current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = build();
                }
                current = client;
            }
        }
        return current;
    }

    private Keycloak build() {
        String secret = config.clientSecret()
                .orElseThrow(() -> new IllegalStateException("Set weconomics.keycloak.client-secret (environment "
                        + "WECONOMICS_KEYCLOAK_CLIENT_SECRET): the secret of the mirror's confidential client "
                        + config.clientId()));
        return KeycloakBuilder.builder()
                .serverUrl(config.serverUrl())
                .realm(config.authRealm())
                .clientId(config.clientId())
                .clientSecret(secret)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .resteasyClient(httpClient())
                .build();
    }

    /** The same JSON handling as Quarkus's admin client provider, plus our timeouts. */
    private Client httpClient() {
        ObjectMapper mapper = new ObjectMapper()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        ClientBuilderImpl builder = new ClientBuilderImpl();
        builder.connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
        builder.readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
        List<String> json = List.of(MediaType.APPLICATION_JSON);
        builder.registerMessageBodyReader(
                new JacksonBasicMessageBodyReader(mapper), Object.class, json, true, READER_PRIORITY);
        builder.registerMessageBodyWriter(
                new ClientJacksonMessageBodyWriter(mapper), Object.class, json, true, WRITER_PRIORITY);
        return builder.build();
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
