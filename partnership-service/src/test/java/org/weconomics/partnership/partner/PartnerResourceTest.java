package org.weconomics.partnership.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

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
class PartnerResourceTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void organisationsJoinContributeAndLeaveWithTheirHistoryKept() {
        String partnership = TestData.partnership(anna, "gent");
        String social = TestData.organisation("social-economy");
        String partner = TestData.join(anna, partnership, social);

        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "productsAndServices",
                        List.of("Verse soep"),
                        "gainCreators",
                        List.of("Werkervaring"),
                        "painRelievers",
                        List.of("Minder verspilling", "Geen eigen keuken")))
                .when()
                .put("/partnerships/{id}/partners/{partner}/contributions", partnership, partner)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("sector", equalTo("social-economy"))
                .body("contributions.painRelievers", contains("Minder verspilling", "Geen eigen keuken"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("role", "Logistiek", "founding", false))
                .when()
                .put("/partnerships/{id}/partners/{partner}", partnership, partner)
                .then()
                .statusCode(200)
                .body("role", equalTo("Logistiek"))
                .body("founding", equalTo(false));

        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", social, "role", "Nogmaals", "founding", false))
                .when()
                .post("/partnerships/{id}/partners", partnership)
                .then()
                .statusCode(409);

        given().auth()
                .oauth2(anna)
                .header("If-Match", "\"2\"")
                .when()
                .post("/partnerships/{id}/partners/{partner}/leave", partnership, partner)
                .then()
                .statusCode(200)
                .body("leftAt", notNullValue());
        String rejoined = TestData.join(anna, partnership, social);

        given().auth()
                .oauth2(anna)
                .queryParam("current", false)
                .when()
                .get("/partnerships/{id}/partners", partnership)
                .then()
                .statusCode(200)
                .body("items.id", contains(partner));
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{id}/partners", partnership)
                .then()
                .statusCode(200)
                .body("items.id", contains(partner, rejoined))
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"3\"")
                .body(Map.of("role", "Weg", "founding", false))
                .when()
                .put("/partnerships/{id}/partners/{partner}", partnership, partner)
                .then()
                .statusCode(409);

        String roles = "org.weconomics.partnership.roles-changed";
        var records = TopicReader.awaitRecords(
                Topics.PARTNERSHIP, record -> partnership.equals(record.key()), 10, Duration.ofSeconds(30));
        assertThat(records)
                .extracting(TopicReader.ReceivedRecord::cloudEventType)
                .containsExactly(
                        roles,
                        "org.weconomics.partnership.created",
                        "org.weconomics.partnership.partner-joined",
                        roles,
                        "org.weconomics.partnership.contributions-changed",
                        "org.weconomics.partnership.partner-changed",
                        "org.weconomics.partnership.partner-left",
                        roles,
                        "org.weconomics.partnership.partner-joined",
                        roles);
        JsonPath afterRejoining = JsonPath.from(records.get(9).value());
        assertThat(afterRejoining.getList("partners.partnerId")).containsExactly(rejoined);
        assertThat(afterRejoining.getList("coaches")).hasSize(1);
    }

    @Test
    void badPartnerInputIsRefusedByField() {
        String partnership = TestData.partnership(anna, "gent");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", "00000000-0000-0000-0000-000000000000", "role", "x", "founding", true))
                .when()
                .post("/partnerships/{id}/partners", partnership)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("organisationId"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("role", ""))
                .when()
                .post("/partnerships/{id}/partners", partnership)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("role"))
                .body("invalidFields.field", hasItem("founding"))
                .body("invalidFields.field", hasItem("organisationId"));
        String partner = TestData.join(anna, partnership, TestData.organisation("regular-economy"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("productsAndServices", List.of(""), "gainCreators", List.of()))
                .when()
                .put("/partnerships/{id}/partners/{partner}/contributions", partnership, partner)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("productsAndServices[0]"))
                .body("invalidFields.field", hasItem("painRelievers"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("role", "", "founding", true))
                .when()
                .put("/partnerships/{id}/partners/{partner}", partnership, partner)
                .then()
                .statusCode(400)
                .body("invalidFields.field", hasItem("role"));
        given().auth()
                .oauth2(anna)
                .header("If-Match", "\"7\"")
                .when()
                .post("/partnerships/{id}/partners/{partner}/leave", partnership, partner)
                .then()
                .statusCode(412);
    }
}
