package org.weconomics.partnership.localgroup.mirror;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.weconomics.infrastructure.keycloak.WeconomicsRealm;
import org.weconomics.partnership.TestData;

/**
 * The mirror against a real Keycloak: what an admin records here reaches the tokens Keycloak issues,
 * and a change Keycloak refuses stays visible as failing until it is undone.
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class KeycloakMirrorTest {

    private static final Duration MIRROR_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void aMemberAddedToANewLocalGroupFindsItInTheirNextTokenUntilTheGroupCloses() {
        String key = TestData.localGroup();
        JsonPath bram = claimsOf(tokenOf(WeconomicsRealm.BRAM));
        assertThat(bram.getList("groups", String.class)).doesNotContain("/local-groups/" + key);

        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("username", WeconomicsRealm.BRAM.username()))
                .when()
                .post("/local-groups/{key}/members", key)
                .then()
                .statusCode(201);
        awaitInSync(key);

        List<String> groups = claimsOf(tokenOf(WeconomicsRealm.BRAM)).getList("groups", String.class);
        assertThat(groups).contains("/local-groups/" + key, "/local-groups/antwerpen");

        String version = given().auth()
                .oauth2(TestData.ADMIN)
                .when()
                .get("/local-groups/{key}", key)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TestData.ADMIN)
                .header("If-Match", version)
                .when()
                .post("/local-groups/{key}/close", key)
                .then()
                .statusCode(200);
        awaitInSync(key);
        assertThat(claimsOf(tokenOf(WeconomicsRealm.BRAM)).getList("groups", String.class))
                .doesNotContain("/local-groups/" + key)
                .contains("/local-groups/antwerpen");
    }

    @Test
    void anAdminAddsAMemberByUsernameAloneAndGetsTheirIdAndName() {
        String key = TestData.localGroup();
        String annaId = claimsOf(tokenOf(WeconomicsRealm.ANNA)).getString("sub");

        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("username", "anna"))
                .when()
                .post("/local-groups/{key}/members", key)
                .then()
                .statusCode(201)
                .body("userId", equalTo(annaId))
                .body("displayName", equalTo("Anna Peeters"));
        awaitInSync(key);
        assertThat(claimsOf(tokenOf(WeconomicsRealm.ANNA)).getList("groups", String.class))
                .contains("/local-groups/" + key);

        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("username", "nobody-" + key))
                .when()
                .post("/local-groups/{key}/members", key)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("username"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("username", "bram", "userId", annaId))
                .when()
                .post("/local-groups/{key}/members", key)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("userId"));
    }

    private static void awaitInSync(String key) {
        Awaitility.await().atMost(MIRROR_TIMEOUT).untilAsserted(() -> given().auth()
                .oauth2(TestData.ADMIN)
                .when()
                .get("/local-groups/{key}/mirror-status", key)
                .then()
                .statusCode(200)
                .body("state", equalTo("in-sync")));
    }

    private static String tokenOf(WeconomicsRealm.DemoUser user) {
        return given().baseUri(KeycloakTestResource.server().tokenEndpoint())
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", WeconomicsRealm.CLI_CLIENT_ID)
                .formParam("username", user.username())
                .formParam("password", user.password())
                .when()
                .post()
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static JsonPath claimsOf(String token) {
        String payload = token.split("\\.")[1];
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
