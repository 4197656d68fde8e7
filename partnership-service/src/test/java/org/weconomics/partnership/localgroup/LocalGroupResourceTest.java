package org.weconomics.partnership.localgroup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

@QuarkusTest
class LocalGroupResourceTest {

    @Test
    void anAdminSetsUpALocalGroupAndManagesItsMembersAndEveryChangeIsPublished() {
        String key = TestData.localGroup();
        String member = TestTokens.member("anna", key);

        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "user-anna", "username", "anna"))
                .when()
                .post("/local-groups/{key}/members", key)
                .then()
                .statusCode(201)
                .body("username", equalTo("anna"));
        given().auth()
                .oauth2(member)
                .when()
                .get("/local-groups/{key}/members", key)
                .then()
                .statusCode(200)
                .body("items.userId", contains("user-anna"));
        given().auth()
                .oauth2(member)
                .when()
                .get("/local-groups/{key}", key)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("open"));

        given().auth()
                .oauth2(TestData.ADMIN)
                .when()
                .delete("/local-groups/{key}/members/user-anna", key)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(TestData.ADMIN)
                .header("If-Match", "\"1\"")
                .when()
                .delete("/local-groups/{key}/members/user-anna", key)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(TestData.ADMIN)
                .header("If-Match", "\"2\"")
                .when()
                .post("/local-groups/{key}/close", key)
                .then()
                .statusCode(200)
                .body("status", equalTo("closed"));

        var records = TopicReader.awaitRecords(
                Topics.LOCAL_GROUP, record -> key.equals(record.key()), 4, Duration.ofSeconds(30));
        assertThat(records)
                .extracting(TopicReader.ReceivedRecord::cloudEventType)
                .containsExactly(
                        "org.weconomics.local-group.created", "org.weconomics.local-group.member-added",
                        "org.weconomics.local-group.member-removed", "org.weconomics.local-group.closed");
    }

    @Test
    void aClosedLocalGroupTakesNoMembersChangesOrPartnerships() {
        String key = TestData.localGroup();
        given().auth()
                .oauth2(TestData.ADMIN)
                .header("If-Match", "\"0\"")
                .when()
                .post("/local-groups/{key}/close", key)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "user-x", "username", "x"))
                .when()
                .post("/local-groups/{key}/members", key)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(TestTokens.member("anna", key))
                .contentType(ContentType.JSON)
                .body(Map.of("localGroup", key, "name", "Te laat"))
                .when()
                .post("/partnerships")
                .then()
                .statusCode(409);
    }

    @Test
    void membersSeeTheirOwnLocalGroupsOnlyAndAdminRoutesAreForbiddenToThem() {
        String mine = TestData.localGroup();
        String other = TestData.localGroup();
        String member = TestTokens.member("carla", mine);

        given().auth()
                .oauth2(member)
                .when()
                .get("/local-groups")
                .then()
                .statusCode(200)
                .body("items.key", contains(mine));
        given().auth()
                .oauth2(member)
                .when()
                .get("/local-groups/{key}", other)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(member)
                .when()
                .get("/local-groups/{key}/members", other)
                .then()
                .statusCode(404);
        // The admin's list is paged and holds every test's local groups: its count, and the group itself, show it.
        given().auth()
                .oauth2(TestData.ADMIN)
                .queryParam("size", 1)
                .when()
                .get("/local-groups")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("totalItems", greaterThanOrEqualTo(2));
        given().auth()
                .oauth2(TestData.ADMIN)
                .when()
                .get("/local-groups/{key}", other)
                .then()
                .statusCode(200)
                .body("key", equalTo(other));

        Map<String, Object> update = Map.of(
                "name",
                "n",
                "region",
                "r",
                "communityId",
                TestData.community(),
                "contact",
                Map.of("name", "n", "email", "n@example.org"));
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(TestData.localGroupBody(TestData.unique("lg"), TestData.community()))
                .when()
                .post("/local-groups")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(update)
                .when()
                .put("/local-groups/{key}", mine)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member)
                .header("If-Match", "\"0\"")
                .when()
                .post("/local-groups/{key}/close", mine)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "u", "username", "u"))
                .when()
                .post("/local-groups/{key}/members", mine)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member)
                .header("If-Match", "\"0\"")
                .when()
                .delete("/local-groups/{key}/members/u", mine)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member)
                .when()
                .get("/local-groups/{key}/mirror-status", mine)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anAdminChangesALocalGroupWithIfMatchAndBadInputIsNamed() {
        String key = TestData.localGroup();
        Map<String, Object> update = Map.of(
                "name",
                "Gent centrum",
                "region",
                "Gent",
                "communityId",
                TestData.community(),
                "contact",
                Map.of("name", "Bram", "email", "bram@example.org"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(update)
                .when()
                .put("/local-groups/{key}", key)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("contact.name", equalTo("Bram"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(update)
                .when()
                .put("/local-groups/{key}", key)
                .then()
                .statusCode(412);

        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(TestData.localGroupBody("Not A Slug", TestData.community()))
                .when()
                .post("/local-groups")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("key"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(TestData.localGroupBody(TestData.unique("lg"), "00000000-0000-0000-0000-000000000000"))
                .when()
                .post("/local-groups")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("communityId"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "",
                        "region",
                        "r",
                        "communityId",
                        TestData.community(),
                        "contact",
                        Map.of("name", "n", "email", "not-an-email")))
                .header("If-Match", "\"1\"")
                .when()
                .put("/local-groups/{key}", key)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("contact.email"))
                .body("invalidFields.field", hasItem("name"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", ""))
                .when()
                .post("/local-groups/{key}/members", key)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("userId"))
                .body("invalidFields.field", hasItem("username"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(TestData.localGroupBody(key, TestData.community()))
                .when()
                .post("/local-groups")
                .then()
                .statusCode(409);
    }

    @Test
    void withoutKeycloakTheMirrorReportsItselfDisabled() {
        String key = TestData.localGroup();
        given().auth()
                .oauth2(TestData.ADMIN)
                .when()
                .get("/local-groups/{key}/mirror-status", key)
                .then()
                .statusCode(200)
                .body("state", equalTo("disabled"))
                .body("keycloakGroupPath", equalTo("/local-groups/" + key));
    }
}
