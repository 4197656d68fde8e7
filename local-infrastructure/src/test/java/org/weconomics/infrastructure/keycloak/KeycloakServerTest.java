package org.weconomics.infrastructure.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.weconomics.infrastructure.process.FreePort;

/**
 * Starts the real Keycloak once, with the realm of the repository, and checks the tokens it issues
 * carry what the services rely on: issuer, audiences, realm roles and local groups.
 */
class KeycloakServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static KeycloakServer keycloak;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.builder()
                .httpPort(0)
                .managementPort(0)
                .logFile(Path.of("target", "keycloak-server-test.log"))
                .start();
    }

    @AfterAll
    static void closeFreesThePortsAndLeavesNoProcess() {
        if (keycloak == null) {
            return;
        }
        ProcessHandle root = ProcessHandle.of(keycloak.pid()).orElseThrow();
        List<ProcessHandle> tree =
                Stream.concat(Stream.of(root), root.descendants()).toList();
        assertThat(tree).as("kc.sh and the Keycloak JVM").isNotEmpty().allMatch(ProcessHandle::isAlive);
        Path home = keycloak.instanceDirectory();

        keycloak.close();

        assertThat(FreePort.isListening(keycloak.httpPort()))
                .as("HTTP port in use")
                .isFalse();
        assertThat(FreePort.isListening(keycloak.managementPort()))
                .as("management port in use")
                .isFalse();
        assertThat(tree).as("processes left").noneMatch(ProcessHandle::isAlive);
        assertThat(keycloak.isRunning()).isFalse();
        assertThat(home).as("temporary instance directory").doesNotExist();
    }

    @Test
    void discoveryNamesTheFixedIssuer() throws Exception {
        HttpResponse<String> response = get(keycloak.issuerUrl() + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = JSON.readTree(response.body());
        assertThat(discovery.path("issuer").asText())
                .isEqualTo(keycloak.issuerUrl())
                .isEqualTo("http://localhost:" + keycloak.httpPort() + "/realms/weconomics");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(keycloak.tokenEndpoint());
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(keycloak.jwksUrl());
    }

    @Test
    void annaIsAMemberOfGentWithThePlatformAudiences() throws Exception {
        JsonNode token = accessTokenClaims(passwordGrant(WeconomicsRealm.ANNA));

        assertThat(token.path("iss").asText()).isEqualTo(keycloak.issuerUrl());
        assertThat(texts(token.path("aud"))).containsAll(WeconomicsRealm.AUDIENCES);
        assertThat(texts(token.path("realm_access").path("roles")))
                .contains("member")
                .doesNotContain("admin");
        assertThat(texts(token.path("groups"))).containsExactly("/local-groups/gent");
        assertThat(token.path("preferred_username").asText()).isEqualTo("anna");
        assertThat(token.path("azp").asText()).isEqualTo(WeconomicsRealm.CLI_CLIENT_ID);
        assertThat(token.path("sub").asText()).isNotBlank();
        assertThat(token.path("exp").asLong() - token.path("iat").asLong()).isEqualTo(300);
    }

    @Test
    void carlaBelongsToBothLocalGroups() throws Exception {
        JsonNode token = accessTokenClaims(passwordGrant(WeconomicsRealm.CARLA));

        assertThat(texts(token.path("groups"))).containsExactlyInAnyOrderElementsOf(WeconomicsRealm.CARLA.groupPaths());
        assertThat(texts(token.path("realm_access").path("roles")))
                .contains("member")
                .doesNotContain("admin");
    }

    @Test
    void adminHasTheAdminRole() throws Exception {
        JsonNode token = accessTokenClaims(passwordGrant(WeconomicsRealm.ADMIN));

        assertThat(texts(token.path("realm_access").path("roles"))).contains("admin", "member");
        assertThat(texts(token.path("aud"))).containsAll(WeconomicsRealm.AUDIENCES);
        assertThat(texts(token.path("groups"))).isEmpty();
    }

    @Test
    void toolingGetsAMemberTokenByClientCredentials() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", WeconomicsRealm.TOOLING_CLIENT_ID);
        form.put("client_secret", WeconomicsRealm.TOOLING_CLIENT_SECRET);

        JsonNode token = accessTokenClaims(post(keycloak.tokenEndpoint(), form));

        assertThat(token.path("iss").asText()).isEqualTo(keycloak.issuerUrl());
        assertThat(texts(token.path("aud"))).containsAll(WeconomicsRealm.AUDIENCES);
        assertThat(texts(token.path("realm_access").path("roles")))
                .contains("member")
                .doesNotContain("admin");
        assertThat(token.path("azp").asText()).isEqualTo(WeconomicsRealm.TOOLING_CLIENT_ID);
        assertThat(token.path("preferred_username").asText()).isEqualTo("service-account-weconomics-tooling");
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpResponse<String> response =
                passwordGrant(new WeconomicsRealm.DemoUser("bram", "not-bram", List.of(), List.of()));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aWrongClientSecretIsRefused() throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", WeconomicsRealm.TOOLING_CLIENT_ID);
        form.put("client_secret", "wrong");

        HttpResponse<String> response = post(keycloak.tokenEndpoint(), form);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theWebClientRequiresPkce() throws Exception {
        String authorize = keycloak.issuerUrl() + "/protocol/openid-connect/auth?client_id=weconomics-web"
                + "&response_type=code&scope=openid&redirect_uri=" + encode("http://localhost:8080/callback");

        HttpResponse<String> response = get(authorize);

        assertThat(response.statusCode()).isEqualTo(302);
        String location =
                URLDecoder.decode(response.headers().firstValue("Location").orElse(""), StandardCharsets.UTF_8);
        assertThat(location)
                .startsWith("http://localhost:8080/callback")
                .contains("error=invalid_request")
                .contains("code_challenge_method");
    }

    @Test
    void theWebClientOffersTheLoginPageWithPkce() throws Exception {
        String authorize = keycloak.issuerUrl() + "/protocol/openid-connect/auth?client_id=weconomics-web"
                + "&response_type=code&scope=openid&redirect_uri=" + encode("http://localhost:8080/callback")
                + "&code_challenge=" + "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" + "&code_challenge_method=S256";

        HttpResponse<String> response = get(authorize);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("kc-form-login");
    }

    @Test
    void theCliClientHasNoBrowserFlow() throws Exception {
        String authorize = keycloak.issuerUrl() + "/protocol/openid-connect/auth?client_id=weconomics-cli"
                + "&response_type=code&scope=openid&redirect_uri=" + encode("http://localhost:8080/callback");

        HttpResponse<String> response = get(authorize);

        assertThat(response.statusCode()).isNotEqualTo(200);
    }

    private static HttpResponse<String> passwordGrant(WeconomicsRealm.DemoUser user) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", WeconomicsRealm.CLI_CLIENT_ID);
        form.put("username", user.username());
        form.put("password", user.password());
        return post(keycloak.tokenEndpoint(), form);
    }

    private static JsonNode accessTokenClaims(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String accessToken = JSON.readTree(response.body()).path("access_token").asText();
        String[] parts = accessToken.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
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
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
