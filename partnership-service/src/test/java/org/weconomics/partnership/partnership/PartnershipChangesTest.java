package org.weconomics.partnership.partnership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

@QuarkusTest
class PartnershipChangesTest {

    @Test
    void choosingBothAxesGivesTheTypeAndTheChangeIsPublished() {
        String key = TestData.unique("lg");
        String member = TestTokens.member("anna", key);
        String id = TestData.partnership(member, key);
        String name = TestData.unique("Soepbar");

        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", name, "businessModel", "innovative", "activities", "integrated"))
                .when()
                .put("/partnerships/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("type", equalTo("B"));
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", name))
                .when()
                .put("/partnerships/{id}", id)
                .then()
                .statusCode(412);

        var records = TopicReader.awaitRecords(
                Topics.PARTNERSHIP,
                record ->
                        id.equals(record.key()) && "org.weconomics.partnership.changed".equals(record.cloudEventType()),
                1,
                Duration.ofSeconds(30));
        JsonPath changed = JsonPath.from(records.get(0).value());
        assertThat(changed.getString("type")).isEqualTo("B");
        assertThat(changed.getString("businessModel")).isEqualTo("innovative");
        assertThat(changed.getString("localGroup")).isEqualTo(key);
    }

    @Test
    void listsShowOnlyTheCallersLocalGroupsAndFilter() {
        String mine = TestData.unique("lg");
        String member = TestTokens.member("anna", mine);
        String platform = TestData.partnership(member, mine);
        String plain = TestData.partnership(member, mine);
        String elsewhere = TestData.partnership(TestTokens.member("bram", "elders"), "elders");
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name",
                        TestData.unique("Platform"),
                        "businessModel",
                        "innovative",
                        "activities",
                        "differentiated"))
                .when()
                .put("/partnerships/{id}", platform)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(member)
                .queryParam("size", 200)
                .when()
                .get("/partnerships")
                .then()
                .statusCode(200)
                .body("items.localGroup", everyItem(equalTo(mine)))
                .body("items.id", hasItem(plain));
        given().auth()
                .oauth2(member)
                .queryParam("type", "A")
                .when()
                .get("/partnerships")
                .then()
                .statusCode(200)
                .body("items.id", contains(platform));
        given().auth()
                .oauth2(TestTokens.admin("ada"))
                .queryParam("localGroup", "elders")
                .when()
                .get("/partnerships")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(elsewhere));
        given().auth()
                .oauth2(member)
                .queryParam("size", 500)
                .when()
                .get("/partnerships")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("size"));
        given().auth()
                .oauth2(member)
                .queryParam("type", "Z")
                .when()
                .get("/partnerships")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("type"));
    }

    @Test
    void badChangesAreRefusedByField() {
        String member = TestTokens.member("anna", "gent");
        String id = TestData.partnership(member, "gent");
        Map<String, Object> body = new HashMap<>(Map.of("name", "", "businessModel", "sideways"));
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/partnerships/{id}", id)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("businessModel"));
        body.put("businessModel", "innovative");
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(body)
                .when()
                .put("/partnerships/{id}", id)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("name"));
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "x", "version", 3))
                .when()
                .put("/partnerships/{id}", id)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("version"));
    }
}
