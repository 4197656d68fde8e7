package org.weconomics.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.testing.TestTokens;

/** Sets up the data a test needs through the API, each time with unique names and keys. */
public final class TestData {

    public static final String ADMIN = TestTokens.admin("admin-" + UUID.randomUUID());

    private TestData() {}

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String community() {
        return given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(communityBody(unique("Community")))
                .when()
                .post("/communities")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> communityBody(String name) {
        return Map.of(
                "name",
                name,
                "domain",
                "Lokale voeding",
                "networkLeader",
                "Weconomics Platform bv",
                "revenueModel",
                Map.of("payer", "both", "basis", "per-transaction", "amount", new java.math.BigDecimal("0.25")));
    }

    /** A new open local group; returns its key. */
    public static String localGroup() {
        String key = unique("lg");
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(localGroupBody(key, community()))
                .when()
                .post("/local-groups")
                .then()
                .statusCode(201);
        return key;
    }

    public static Map<String, Object> localGroupBody(String key, String communityId) {
        return Map.of(
                "key",
                key,
                "name",
                "Local group " + key,
                "region",
                "Oost-Vlaanderen",
                "communityId",
                communityId,
                "contact",
                Map.of("name", "Anna Peeters", "email", "anna@example.org"));
    }

    public static String organisation(String sector) {
        return given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        unique("Organisatie"),
                        "sector",
                        sector,
                        "registrationNumber",
                        unique("BE"),
                        "contactEmail",
                        "info@example.org"))
                .when()
                .post("/organisations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String partnership(String token, String localGroup) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("localGroup", localGroup, "name", unique("Partnerschap")))
                .when()
                .post("/partnerships")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String join(String token, String partnershipId, String organisationId) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", organisationId, "role", "Productie", "founding", true))
                .when()
                .post("/partnerships/{id}/partners", partnershipId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /**
     * Registers a person as a member of the local group, as an admin does; their tokens name the group too. A
     * person registered already stays as they are.
     */
    public static void member(String localGroup, String subject) {
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", subject, "username", subject))
                .when()
                .post("/local-groups/{key}/members", localGroup)
                .then()
                .statusCode(anyOf(is(201), is(409)));
    }

    /** Names one member of the local group the partner's only representative, as its coach does. */
    public static void represent(String token, String partnership, String partner, String subject) {
        String localGroup = given().auth()
                .oauth2(token)
                .when()
                .get("/partnerships/{p}", partnership)
                .then()
                .statusCode(200)
                .extract()
                .path("localGroup");
        member(localGroup, subject);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("subjects", List.of(subject)))
                .when()
                .put("/partnerships/{p}/partners/{partner}/representatives", partnership, partner)
                .then()
                .statusCode(200)
                .body("representatives", contains(subject));
    }

    public static String activity(String token, String partnershipId, String name, String responsiblePartner) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "name",
                        name,
                        "responsiblePartnerIds",
                        List.of(responsiblePartner),
                        "subActions",
                        List.of(Map.of("name", name + " voorbereiden"))))
                .when()
                .post("/partnerships/{id}/value-chain/activities", partnershipId)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** An assessment's content: the value-proposition facet, one success factor and one impact dimension. */
    public static Map<String, Object> assessmentContent(
            String valuePropositionStatus, String trust, String employmentSec) {
        return Map.of(
                "facets",
                        Map.of(
                                "value-proposition",
                                Map.of(
                                        "status",
                                        valuePropositionStatus,
                                        "strengths",
                                        List.of("Duidelijke waardepropositie"),
                                        "workPoints",
                                        List.of())),
                "successFactors", Map.of("trust-and-transparency", trust),
                "impact", Map.of("employment-sec", employmentSec));
    }
}
