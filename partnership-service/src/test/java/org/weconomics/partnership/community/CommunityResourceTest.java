package org.weconomics.partnership.community;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

@QuarkusTest
class CommunityResourceTest {

    @Test
    void anAdminCreatesAndChangesACommunityAndBothArePublished() {
        String id = TestData.community();

        given().auth()
                .oauth2(TestTokens.member("anna", "gent"))
                .when()
                .get("/communities/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("revenueModel.payer", equalTo("both"))
                .body("revenueModel.amount", equalTo(0.25f))
                .body("revenueModel.currency", equalTo("EUR"));

        Map<String, Object> changed = Map.of(
                "name",
                TestData.unique("Korte keten"),
                "domain",
                "Lokale voeding",
                "networkLeader",
                "Weconomics Platform bv",
                "revenueModel",
                Map.of("payer", "supplier", "basis", "price-dependent", "amount", new java.math.BigDecimal("2.5")));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(changed)
                .when()
                .put("/communities/{id}", id)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/communities/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("revenueModel.basis", equalTo("price-dependent"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(changed)
                .when()
                .put("/communities/{id}", id)
                .then()
                .statusCode(412)
                .body("current.version", equalTo(1));

        var records = TopicReader.awaitRecords(
                Topics.COMMUNITY, record -> id.equals(record.key()), 2, Duration.ofSeconds(30));
        assertThat(records)
                .extracting(TopicReader.ReceivedRecord::cloudEventType)
                .containsExactly("org.weconomics.community.created", "org.weconomics.community.changed");
    }

    @Test
    void membersMayReadButNotCreateOrChange() {
        String member = TestTokens.member("bram", "antwerpen");
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(TestData.communityBody(TestData.unique("C")))
                .when()
                .post("/communities")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        // A domain of its own: the list is paged, and other tests add communities in "Lokale voeding".
        String domain = TestData.unique("Domein");
        Map<String, Object> body = new HashMap<>(TestData.communityBody(TestData.unique("C")));
        body.put("domain", domain);
        String id = given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/communities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(TestData.communityBody(TestData.unique("C")))
                .when()
                .put("/communities/{id}", id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(member)
                .queryParam("domain", domain)
                .when()
                .get("/communities")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void badRevenueModelsAreRefusedByField() {
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        TestData.unique("C"),
                        "domain",
                        "d",
                        "networkLeader",
                        "n",
                        "revenueModel",
                        Map.of("payer", "nobody", "basis", "per-user", "amount", new java.math.BigDecimal("1"))))
                .when()
                .post("/communities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("revenueModel.payer"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        TestData.unique("C"),
                        "domain",
                        "d",
                        "networkLeader",
                        "n",
                        "revenueModel",
                        Map.of("payer", "both", "basis", "price-dependent", "amount", new java.math.BigDecimal("150"))))
                .when()
                .post("/communities")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("revenueModel.amount"));
        given().auth()
                .oauth2(TestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        "",
                        "domain",
                        "d",
                        "networkLeader",
                        "n",
                        "revenueModel",
                        Map.of("payer", "both", "basis", "per-user", "amount", new java.math.BigDecimal("-1"))))
                .when()
                .post("/communities")
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("name"))
                .body("invalidFields.field", hasItem("revenueModel.amount"));
    }
}
