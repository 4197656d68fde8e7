package org.weconomics.infrastructure.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production realm file in a real Keycloak: secrets come from the environment, no user and no client
 * can use the password grant, and a token carries a service's audience only when its client is allowed that
 * service.
 */
class ProductionRealmTest {

    private static final Path PRODUCTION_REALM =
            Path.of("..", "infrastructure", "keycloak", "weconomics-realm.production.json");
    private static final String TOOLING_SECRET = "tooling-secret-from-the-environment";
    private static final String MIRROR_SECRET = "mirror-secret-from-the-environment";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.builder()
                .realmFile(PRODUCTION_REALM.toAbsolutePath().normalize())
                .httpPort(0)
                .managementPort(0)
                .environment("WECONOMICS_TOOLING_CLIENT_SECRET", TOOLING_SECRET)
                .environment(WeconomicsRealm.MIRROR_CLIENT_SECRET_VARIABLE, MIRROR_SECRET)
                .environment(WeconomicsRealm.WEB_REDIRECT_URI_VARIABLE, "https://app.example.org/*")
                .environment(WeconomicsRealm.WEB_ORIGIN_VARIABLE, "https://app.example.org")
                .logFile(Path.of("target", "keycloak-production-realm-test.log"))
                .start();
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void theFileHasNoDemoUsersAndNoDemoSecrets() throws Exception {
        String realm = Files.readString(PRODUCTION_REALM);
        assertThat(realm)
                .doesNotContain(WeconomicsRealm.TOOLING_CLIENT_SECRET)
                .doesNotContain(WeconomicsRealm.MIRROR_CLIENT_SECRET)
                .doesNotContain("\"credentials\"")
                .doesNotContain(WeconomicsRealm.CLI_CLIENT_ID);
        JsonNode users = JSON.readTree(realm).path("users");
        users.forEach(user -> assertThat(user.path("serviceAccountClientId").asText())
                .as("only service accounts: " + user.path("username"))
                .isNotEmpty());
    }

    @Test
    void secretsComeFromTheEnvironmentAndAToolingTokenGetsOnlyTheServicesItAsksFor() throws Exception {
        assertThat(clientCredentials("weconomics-tooling", WeconomicsRealm.TOOLING_CLIENT_SECRET, null)
                        .statusCode())
                .as("the demo secret")
                .isEqualTo(401);

        JsonNode plain = claims(clientCredentials("weconomics-tooling", TOOLING_SECRET, null));
        assertThat(texts(plain.path("aud"))).doesNotContainAnyElementsOf(WeconomicsRealm.AUDIENCES);

        JsonNode partnership = claims(clientCredentials("weconomics-tooling", TOOLING_SECRET, "partnership-api"));
        assertThat(texts(partnership.path("aud")))
                .contains("weconomics-gateway", "partnership-service")
                .doesNotContain("canvas-service", "finance-service");

        JsonNode mirror = claims(clientCredentials(WeconomicsRealm.MIRROR_CLIENT_ID, MIRROR_SECRET, null));
        assertThat(texts(mirror.path("aud"))).doesNotContainAnyElementsOf(WeconomicsRealm.AUDIENCES);
        assertThat(mirror.path("resource_access")
                        .path("realm-management")
                        .path("roles")
                        .toString())
                .contains("manage-users", "view-users", "query-users", "query-groups")
                .doesNotContain("realm-admin", "manage-realm", "manage-clients");
    }

    @Test
    void noClientTakesThePasswordGrant() throws Exception {
        for (String client : List.of(WeconomicsRealm.WEB_CLIENT_ID, WeconomicsRealm.CLI_CLIENT_ID)) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("grant_type", "password");
            form.put("client_id", client);
            form.put("username", "anna");
            form.put("password", "anna");
            HttpResponse<String> response = post(keycloak.tokenEndpoint(), form);
            assertThat(response.statusCode())
                    .as(client + ": " + response.body())
                    .isIn(400, 401);
        }
    }

    @Test
    void passwordsFollowAPolicyAndOfflineSessionsEnd() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", "admin-cli");
        form.put("username", keycloak.adminUsername());
        form.put("password", keycloak.adminPassword());
        String adminToken = JSON.readTree(
                        post(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token", form)
                                .body())
                .path("access_token")
                .asText();
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/" + WeconomicsRealm.NAME))
                        .header("Authorization", "Bearer " + adminToken)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode realm = JSON.readTree(response.body());

        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)", "notUsername");
        assertThat(realm.path("offlineSessionMaxLifespanEnabled").asBoolean()).isTrue();
        assertThat(realm.path("offlineSessionMaxLifespan").asInt()).isPositive();
    }

    private static HttpResponse<String> clientCredentials(String client, String secret, String scope) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", client);
        form.put("client_secret", secret);
        if (scope != null) {
            form.put("scope", scope);
        }
        return post(keycloak.tokenEndpoint(), form);
    }

    private static JsonNode claims(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token = JSON.readTree(response.body()).path("access_token").asText();
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    private static List<String> texts(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(value -> values.add(value.asText()));
        } else if (node.isTextual()) {
            values.add(node.asText());
        }
        return values;
    }

    private static HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
