package org.weconomics.partnership.valuechain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

@QuarkusTest
class ValueChainResourceTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void theValueChainHasAVersionOfItsOwnSoThePartnershipsETagStaysValid() {
        String partnership = TestData.partnership(anna, "gent");
        String partner = TestData.join(anna, partnership, TestData.organisation("social-economy"));
        String partnershipTag = given().auth()
                .oauth2(anna)
                .get("/partnerships/{id}", partnership)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String chainTag = given().auth()
                .oauth2(anna)
                .get("/partnerships/{id}/value-chain", partnership)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String first = TestData.activity(anna, partnership, "Ophalen", partner);
        String second = TestData.activity(anna, partnership, "Koken", partner);

        // Appending moves neither the partnership's version nor the chain's: no position of what the client read moved.
        given().auth()
                .oauth2(anna)
                .get("/partnerships/{id}/value-chain", partnership)
                .then()
                .header("ETag", chainTag);
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", partnershipTag)
                .body(Map.of("name", TestData.unique("Wroeter"), "description", "Soep en catering"))
                .when()
                .put("/partnerships/{id}", partnership)
                .then()
                .statusCode(200);
        // A reorder that does not name the appended activity is refused, naming the field.
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", chainTag)
                .body(Map.of("activityIds", List.of(first)))
                .when()
                .put("/partnerships/{id}/value-chain/order", partnership)
                .then()
                .statusCode(400)
                .body("invalidFields.field", contains("activityIds"));
        String reorderedTag = given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", chainTag)
                .body(Map.of("activityIds", List.of(second, first)))
                .when()
                .put("/partnerships/{id}/value-chain/order", partnership)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(anna)
                .get("/partnerships/{id}/value-chain", partnership)
                .then()
                .header("ETag", reorderedTag)
                .body("activities.id", contains(second, first));
        // The activities that moved carry their new versions in the chain, and a read of each agrees.
        String firstVersion = given().auth()
                .oauth2(anna)
                .get("/partnerships/{id}/value-chain", partnership)
                .then()
                .extract()
                .path("activities.find { it.id == '" + first + "' }.version")
                .toString();
        given().auth()
                .oauth2(anna)
                .get("/partnerships/{id}/value-chain/activities/{a}", partnership, first)
                .then()
                .header("ETag", "\"" + firstVersion + "\"");
    }

    @Test
    void activitiesAreAddedChangedReorderedAndRemovedAndPublishedForTheCostStructure() {
        String partnership = TestData.partnership(anna, "gent");
        String social = TestData.join(anna, partnership, TestData.organisation("social-economy"));
        String regular = TestData.join(anna, partnership, TestData.organisation("regular-economy"));
        String collect = TestData.activity(anna, partnership, "Ophalen", social);
        String cook = TestData.activity(anna, partnership, "Koken", regular);
        String sell = TestData.activity(anna, partnership, "Verkopen", regular);

        JsonPath cooking = given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{id}/value-chain/activities/{a}", partnership, cook)
                .then()
                .statusCode(200)
                .body("position", equalTo(1))
                .extract()
                .jsonPath();
        String keptStep = cooking.getString("subActions[0].id");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name",
                        "Soep koken",
                        "responsiblePartnerIds",
                        List.of(regular, social),
                        "responsibilities",
                        List.of("Recepten", "Hygiëne"),
                        "subActions",
                        List.of(
                                Map.of("name", "Snijden", "responsiblePartnerId", social),
                                Map.of("id", keptStep, "name", "Koken voorbereiden"))))
                .when()
                .put("/partnerships/{id}/value-chain/activities/{a}", partnership, cook)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("subActions.name", contains("Snijden", "Koken voorbereiden"))
                .body("subActions[1].id", equalTo(keptStep));

        long chainVersion = Long.parseLong(given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{id}/value-chain", partnership)
                .then()
                .statusCode(200)
                .body("activities.id", contains(collect, cook, sell))
                .extract()
                .header("ETag")
                .replace("\"", ""));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + chainVersion + "\"")
                .body(Map.of("activityIds", List.of(sell, collect, cook)))
                .when()
                .put("/partnerships/{id}/value-chain/order", partnership)
                .then()
                .statusCode(200)
                .body("activities.id", contains(sell, collect, cook))
                .body("activities.position", contains(0, 1, 2))
                .header("ETag", "\"" + (chainVersion + 1) + "\"");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + chainVersion + "\"")
                .body(Map.of("activityIds", List.of(collect, sell, cook)))
                .when()
                .put("/partnerships/{id}/value-chain/order", partnership)
                .then()
                .statusCode(412);

        String sellTag = given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{id}/value-chain/activities/{a}", partnership, sell)
                .then()
                .statusCode(200)
                .body("position", equalTo(0))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(anna)
                .header("If-Match", sellTag)
                .when()
                .delete("/partnerships/{id}/value-chain/activities/{a}", partnership, sell)
                .then()
                .statusCode(200)
                .body("activities.id", contains(collect, cook))
                .header("ETag", "\"" + (chainVersion + 2) + "\"");
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{id}/value-chain", partnership)
                .then()
                .statusCode(200)
                .header("ETag", "\"" + (chainVersion + 2) + "\"")
                .body("activities.id", contains(collect, cook))
                .body("activities.position", contains(0, 1));

        var records = TopicReader.awaitRecords(
                Topics.PARTNERSHIP,
                record -> partnership.equals(record.key())
                        && record.cloudEventType().contains("value-chain"),
                7,
                Duration.ofSeconds(30));
        assertThat(records)
                .extracting(TopicReader.ReceivedRecord::cloudEventType)
                .containsExactly(
                        "org.weconomics.partnership.value-chain-activity-added",
                        "org.weconomics.partnership.value-chain-activity-added",
                        "org.weconomics.partnership.value-chain-activity-added",
                        "org.weconomics.partnership.value-chain-activity-changed",
                        "org.weconomics.partnership.value-chain-reordered",
                        "org.weconomics.partnership.value-chain-activity-removed",
                        "org.weconomics.partnership.value-chain-reordered");
        JsonPath changed = JsonPath.from(records.get(3).value());
        assertThat(changed.getString("activityId")).isEqualTo(cook);
        // Positions count from 0, in the API and in version 2 of the events.
        assertThat(records.get(3).header("ce_dataschema")).endsWith(":v2");
        assertThat(changed.getInt("position")).isEqualTo(1);
        assertThat(changed.getList("responsiblePartnerIds")).containsExactly(regular, social);
        assertThat(changed.getList("subActions.subActionId", String.class)).endsWith(keptStep);
        assertThat(changed.getList("subActions.name")).containsExactly("Snijden", "Koken voorbereiden");
    }

    @Test
    void badValueChainInputIsRefusedByField() {
        String partnership = TestData.partnership(anna, "gent");
        String partner = TestData.join(anna, partnership, TestData.organisation("social-economy"));
        String activity = TestData.activity(anna, partnership, "Ophalen", partner);
        String stranger = "00000000-0000-0000-0000-000000000001";

        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("name", "X", "responsiblePartnerIds", List.of(stranger)))
                .when()
                .post("/partnerships/{id}/value-chain/activities", partnership)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("responsiblePartnerIds[0]"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("name", ""))
                .when()
                .post("/partnerships/{id}/value-chain/activities", partnership)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("name"))
                .body("invalidFields.field", hasItem("responsiblePartnerIds"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name",
                        "X",
                        "responsiblePartnerIds",
                        List.of(partner),
                        "subActions",
                        List.of(Map.of("id", stranger, "name", "Y"), Map.of("name", ""))))
                .when()
                .put("/partnerships/{id}/value-chain/activities/{a}", partnership, activity)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("subActions[1].name"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "name",
                        "X",
                        "responsiblePartnerIds",
                        List.of(partner),
                        "subActions",
                        List.of(Map.of("id", stranger, "name", "Y"))))
                .when()
                .put("/partnerships/{id}/value-chain/activities/{a}", partnership, activity)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("subActions[0].id"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("activityIds", List.of(stranger)))
                .when()
                .put("/partnerships/{id}/value-chain/order", partnership)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("activityIds"));
        given().auth()
                .oauth2(anna)
                .when()
                .delete("/partnerships/{id}/value-chain/activities/{a}", partnership, activity)
                .then()
                .statusCode(428);
    }
}
