package org.weconomics.partnership.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

/** Who names a partner's representatives: its coach or its own representatives, never a member for themselves. */
@QuarkusTest
class PartnerRepresentativesTest {

    private static final String ROLES_CHANGED = "org.weconomics.partnership.roles-changed";

    private String group;
    private String coach;
    private String carla;
    private String partnership;
    private String partner;

    @BeforeEach
    void partnershipWithAPartner() {
        group = TestData.localGroup();
        coach = TestTokens.member("coach-" + group, group);
        carla = TestTokens.member("carla-" + group, group);
        partnership = TestData.partnership(coach, group);
        partner = TestData.join(coach, partnership, TestData.organisation("social-economy"));
        TestData.member(group, "carla-" + group);
        TestData.member(group, "rep-" + group);
    }

    @Test
    void onlyMembersOfTheLocalGroupCanBeNamedRepresentativeOrCoach() {
        represent(coach, "0", List.of("carla-" + group, "nobody-" + group))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", contains("subjects[1]"))
                .body("invalidFields.message", contains(containsString("not the id of a member of local group")));
        represent(coach, "0", List.of("carla-" + TestData.localGroup())).statusCode(400);
        partnerAsCoach().body("representatives", empty()).header("ETag", "\"0\"");

        given().auth()
                .oauth2(coach)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("subjects", List.of("coach-" + group, "nobody-" + group)))
                .when()
                .put("/partnerships/{p}/coaches", partnership)
                .then()
                .statusCode(400)
                .body("invalidFields.field", contains("subjects[1]"));
        given().auth()
                .oauth2(coach)
                .when()
                .get("/partnerships/{p}", partnership)
                .then()
                .statusCode(200)
                .body("coaches", contains("coach-" + group));
    }

    @Test
    void aMemberWithoutARoleCannotMakeHerselfAPartnersRepresentative() {
        represent(carla, "0", List.of("carla-" + group))
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("Who may: the partner's own representatives, coaches, admins."));

        partnerAsCoach().body("representatives", empty()).header("ETag", "\"0\"");
        startDraftAs(carla).statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anEmptyListDoesNotOpenThePartnerToEveryMember() {
        represent(coach, "0", List.of("rep-" + group)).statusCode(200);
        String representative = TestTokens.member("rep-" + group, group);

        represent(carla, "1", List.of()).statusCode(403);
        represent(representative, "1", List.of()).statusCode(200).body("representatives", empty());

        // Without representatives only the coach names new ones; nobody else acts for the partner.
        startDraftAs(carla).statusCode(403);
        startDraftAs(representative).statusCode(403);
        represent(carla, "2", List.of("carla-" + group)).statusCode(403);
        represent(coach, "2", List.of("carla-" + group)).statusCode(200);
        startDraftAs(carla).statusCode(201);
    }

    @Test
    void aRepresentativeHandsThePartnerOverToAnotherMember() {
        represent(coach, "0", List.of("rep-" + group)).statusCode(200);
        String representative = TestTokens.member("rep-" + group, group);

        represent(representative, "1", List.of("carla-" + group))
                .statusCode(200)
                .body("representatives", contains("carla-" + group));
        represent(representative, "2", List.of("rep-" + group)).statusCode(403);
    }

    @Test
    void anAdminNamesRepresentativesEverywhere() {
        represent(TestTokens.admin("ada-" + group), "0", List.of("carla-" + group))
                .statusCode(200)
                .body("representatives", contains("carla-" + group));
    }

    /** Finance-service authorises on this event: after each change it carries the partnership's roles as a whole. */
    @Test
    void everyChangeOfARolePublishesTheRolesOfThePartnershipAsAWhole() {
        represent(coach, "0", List.of("rep-" + group)).statusCode(200);
        given().auth()
                .oauth2(coach)
                .contentType(ContentType.JSON)
                .header(
                        "If-Match",
                        given().auth()
                                .oauth2(coach)
                                .get("/partnerships/{p}", partnership)
                                .header("ETag"))
                .body(Map.of("subjects", List.of("coach-" + group, "carla-" + group)))
                .when()
                .put("/partnerships/{p}/coaches", partnership)
                .then()
                .statusCode(200);

        List<TopicReader.ReceivedRecord> roles = TopicReader.awaitRecords(
                Topics.PARTNERSHIP,
                record -> partnership.equals(record.key()) && ROLES_CHANGED.equals(record.cloudEventType()),
                4,
                Duration.ofSeconds(30));
        JsonPath created = JsonPath.from(roles.get(0).value());
        assertThat(created.getList("coaches")).containsExactly("coach-" + group);
        assertThat(created.getList("partners")).isEmpty();
        JsonPath joined = JsonPath.from(roles.get(1).value());
        assertThat(joined.getList("partners.partnerId")).containsExactly(partner);
        assertThat(joined.getList("partners[0].representatives")).isEmpty();
        JsonPath represented = JsonPath.from(roles.get(2).value());
        assertThat(represented.getList("partners[0].representatives")).containsExactly("rep-" + group);
        JsonPath coached = JsonPath.from(roles.get(3).value());
        assertThat(coached.getString("localGroup")).isEqualTo(group);
        assertThat(coached.getList("coaches")).containsExactly("coach-" + group, "carla-" + group);
        assertThat(coached.getList("partners[0].representatives")).containsExactly("rep-" + group);
    }

    private ValidatableResponse represent(String token, String version, List<String> subjects) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"" + version + "\"")
                .body(Map.of("subjects", subjects))
                .when()
                .put("/partnerships/{p}/partners/{partner}/representatives", partnership, partner)
                .then();
    }

    private ValidatableResponse partnerAsCoach() {
        return given().auth()
                .oauth2(coach)
                .when()
                .get("/partnerships/{p}/partners/{partner}", partnership, partner)
                .then()
                .statusCode(200);
    }

    private ValidatableResponse startDraftAs(String token) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(TestData.assessmentContent("cleared", "met", "high"))
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft", partnership, partner)
                .then();
    }
}
