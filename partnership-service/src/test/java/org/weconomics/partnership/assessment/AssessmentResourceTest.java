package org.weconomics.partnership.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class AssessmentResourceTest {

    private String anna;
    private String bob;
    private String partnership;
    private String wroeter;
    private String graden;
    private String localGroup;

    @BeforeEach
    void partnershipWithTwoPartners() {
        String group = TestData.localGroup();
        localGroup = group;
        anna = TestTokens.member("anna-" + group, group);
        bob = TestTokens.member("bob-" + group, group);
        partnership = TestData.partnership(anna, group);
        wroeter = TestData.join(anna, partnership, TestData.organisation("social-economy"));
        graden = TestData.join(anna, partnership, TestData.organisation("regular-economy"));
        // anna set the partnership up, so she coaches it; she names who speaks for each partner.
        TestData.represent(anna, partnership, wroeter, "anna-" + group);
        TestData.represent(anna, partnership, graden, "bob-" + group);
    }

    @Test
    void aPartnerCannotReadAnotherPartnersAssessmentBeforeItIsSubmitted() {
        startDraft(anna, wroeter, content("cleared", "met", "high"));

        given().auth()
                .oauth2(bob)
                .when()
                .get("/partnerships/{p}/assessments/partners/{partner}/draft", partnership, wroeter)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(bob)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(content("to-be-addressed", "not-met", "low"))
                .when()
                .put("/partnerships/{p}/assessments/partners/{partner}/draft", partnership, wroeter)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(bob)
                .header("If-Match", "\"0\"")
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft/submit", partnership, wroeter)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(bob)
                .when()
                .get("/partnerships/{p}/assessments", partnership)
                .then()
                .statusCode(200)
                .body("partners", hasSize(0))
                .body("partnersWithoutSubmission", containsInAnyOrder(wroeter, graden));
        given().auth()
                .oauth2(bob)
                .when()
                .get("/partnerships/{p}/assessments/history", partnership)
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(0));

        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/assessments/partners/{partner}/draft", partnership, wroeter)
                .then()
                .statusCode(200)
                .body("content.facets.value-proposition.status", equalTo("cleared"));
        submit(anna, wroeter, 0);
        // A member who speaks for no partner sees a submitted assessment; bob's own partner has not submitted yet.
        given().auth()
                .oauth2(TestTokens.member("carol-" + localGroup, localGroup))
                .when()
                .get("/partnerships/{p}/assessments", partnership)
                .then()
                .statusCode(200)
                .body("partners.partnerId", contains(wroeter))
                .body("partners[0].state", equalTo("submitted"));
        given().auth()
                .oauth2(bob)
                .when()
                .get("/partnerships/{p}/assessments", partnership)
                .then()
                .statusCode(200)
                .body("partners", hasSize(0))
                .body("sealedPartners", contains(wroeter));
    }

    @Test
    void aPartnersRepresentativesSeeTheOtherPartnersAnswersOnlyOnceTheirOwnPartnerHasSubmitted() {
        String group = TestData.localGroup();
        String wroeterMember = TestTokens.member("wroeter-" + group, group);
        String gradenMember = TestTokens.member("graden-" + group, group);
        String coach = TestTokens.member("coach-" + group, group);
        String sealedPartnership = TestData.partnership(coach, group);
        String wroeterPartner = TestData.join(coach, sealedPartnership, TestData.organisation("social-economy"));
        String gradenPartner = TestData.join(coach, sealedPartnership, TestData.organisation("regular-economy"));
        TestData.represent(coach, sealedPartnership, wroeterPartner, "wroeter-" + group);
        TestData.represent(coach, sealedPartnership, gradenPartner, "graden-" + group);

        given().auth()
                .oauth2(coach)
                .contentType(ContentType.JSON)
                .body(content("cleared", "met", "high"))
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft", sealedPartnership, wroeterPartner)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(gradenMember)
                .contentType(ContentType.JSON)
                .body(content("to-be-addressed", "not-met", "low"))
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft", sealedPartnership, gradenPartner)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(gradenMember)
                .header("If-Match", "\"0\"")
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft/submit", sealedPartnership, gradenPartner)
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(wroeterMember)
                .when()
                .get("/partnerships/{p}/assessments", sealedPartnership)
                .then()
                .statusCode(200)
                .body("partners", hasSize(0))
                .body("sealedPartners", contains(gradenPartner))
                .body("partnersWithoutSubmission", contains(wroeterPartner));
        given().auth()
                .oauth2(wroeterMember)
                .when()
                .get("/partnerships/{p}/assessments/history", sealedPartnership)
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(coach)
                .when()
                .get("/partnerships/{p}/assessments", sealedPartnership)
                .then()
                .statusCode(200)
                .body("partners.partnerId", contains(gradenPartner))
                .body("sealedPartners", hasSize(0));

        given().auth()
                .oauth2(wroeterMember)
                .contentType(ContentType.JSON)
                .body(content("cleared", "met", "high"))
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft", sealedPartnership, wroeterPartner)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(wroeterMember)
                .header("If-Match", "\"0\"")
                .when()
                .post(
                        "/partnerships/{p}/assessments/partners/{partner}/draft/submit",
                        sealedPartnership,
                        wroeterPartner)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(wroeterMember)
                .when()
                .get("/partnerships/{p}/assessments", sealedPartnership)
                .then()
                .statusCode(200)
                .body("partners.partnerId", containsInAnyOrder(wroeterPartner, gradenPartner))
                .body("sealedPartners", hasSize(0))
                .body("divergences.key", hasItem("value-proposition"));
    }

    @Test
    void thePartnershipViewShowsEachPartnersViewTheAgreedViewAndWhereTheyDiverge() {
        startDraft(anna, wroeter, content("cleared", "met", "high"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(content("open-points", "met", "high"))
                .when()
                .put("/partnerships/{p}/assessments/partners/{partner}/draft", partnership, wroeter)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        submit(anna, wroeter, 1);
        startDraft(bob, graden, content("to-be-addressed", "met", "medium"));
        submit(bob, graden, 0);

        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/assessments", partnership)
                .then()
                .statusCode(200)
                .body("partners.partnerId", containsInAnyOrder(wroeter, graden))
                .body("divergences.key", containsInAnyOrder("value-proposition", "employment-sec"))
                .body("divergences.find { it.key == 'value-proposition' }.ratings." + wroeter, equalTo("open-points"))
                .body(
                        "divergences.find { it.key == 'value-proposition' }.ratings." + graden,
                        equalTo("to-be-addressed"))
                .body("agreed.version", equalTo(0));

        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(content("open-points", "partly-met", "high"))
                .when()
                .put("/partnerships/{p}/assessments/agreed", partnership)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
        given().auth()
                .oauth2(bob)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(content("cleared", "met", "high"))
                .when()
                .put("/partnerships/{p}/assessments/agreed", partnership)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(content("cleared", "met", "high"))
                .when()
                .put("/partnerships/{p}/assessments/agreed", partnership)
                .then()
                .statusCode(412);

        // A second round: the history keeps the first.
        startDraft(anna, wroeter, content("cleared", "met", "high"));
        submit(anna, wroeter, 0);
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/assessments/history", partnership)
                .then()
                .statusCode(200)
                .body("items", hasSize(4))
                .body("totalItems", equalTo(4))
                .body("items.findAll { it.partnerId == '" + wroeter + "' }.revision", contains(2, 1))
                .body("items.findAll { it.kind == 'agreed' }.revision", contains(1));
    }

    @Test
    void readinessIsExplainedInSentences() {
        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "en")
                .when()
                .get("/partnerships/{p}/assessments/readiness", partnership)
                .then()
                .statusCode(200)
                .body("level", equalTo("not-ready"))
                .body("sentences[0]", startsWith("The partnership is not ready"))
                .body(
                        "sentences",
                        hasItem("The partners have not agreed a common assessment yet; 0 of 2 partners "
                                + "submitted their own."));

        Map<String, Object> allCleared = Map.of(
                "facets",
                Map.of(
                        "value-proposition",
                        Map.of("status", "cleared"),
                        "collaboration-model",
                        Map.of("status", "cleared"),
                        "earnings-model",
                        Map.of("status", "cleared"),
                        "scalability",
                        Map.of("status", "cleared"),
                        "agreement",
                        Map.of("status", "cleared")),
                "successFactors",
                Map.of("trust-and-transparency", "met"));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(allCleared)
                .when()
                .put("/partnerships/{p}/assessments/agreed", partnership)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Verdeelsleutel",
                        "valueDomain",
                        "value-capture",
                        "severity",
                        "high",
                        "category",
                        "legal"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "nl")
                .when()
                .get("/partnerships/{p}/assessments/readiness", partnership)
                .then()
                .statusCode(200)
                .body("level", equalTo("nearly-ready"))
                .body("language", equalTo("nl"))
                .body(
                        "sentences",
                        hasItem("1 juridische spanning(en) nog open of in dialoog: \u201cVerdeelsleutel\u201d."))
                .body("sentences", hasItem("Er is geen onopgeloste strategische spanning."));
    }

    @Test
    void aPartnerAnswersTheQuestionnaireAndMaySkipQuestions() {
        given().auth()
                .oauth2(anna)
                .header("Accept-Language", "nl")
                .when()
                .get("/partnerships/{p}/questionnaire/partners/{partner}", partnership, wroeter)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("sections.key", contains("strategy", "organisation", "legal"))
                .body("sections[0].questions[0].bmcBlock", equalTo("value-proposition"))
                .body("sections[0].questions[0].answer", nullValue());
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "answers",
                        Map.of("collaboration-context", "Teambuildings met sociale insteek", "scalability", " ")))
                .when()
                .put("/partnerships/{p}/questionnaire/partners/{partner}", partnership, wroeter)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("sections[0].answered", equalTo(1))
                .body("sections[0].skipped", equalTo(3))
                .body("sections[0].questions.find { it.key == 'scalability' }.answer", nullValue());
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("answers", Map.of("no-such-question", "x")))
                .when()
                .put("/partnerships/{p}/questionnaire/partners/{partner}", partnership, wroeter)
                .then()
                .statusCode(400)
                .body("invalidFields.field", contains("answers.no-such-question"));
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/questionnaire/partners/{partner}", partnership, graden)
                .then()
                .statusCode(200)
                .body("sections[0].answered", equalTo(0))
                .body("sections[0].questions.answer", not(hasItem("Teambuildings met sociale insteek")));
    }

    static Map<String, Object> content(String valuePropositionStatus, String trust, String employmentSec) {
        return TestData.assessmentContent(valuePropositionStatus, trust, employmentSec);
    }

    private void startDraft(String token, String partner, Map<String, Object> content) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(content)
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft", partnership, partner)
                .then()
                .statusCode(201)
                .body("state", equalTo("draft"));
    }

    private void submit(String token, String partner, long version) {
        given().auth()
                .oauth2(token)
                .header("If-Match", "\"" + version + "\"")
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft/submit", partnership, partner)
                .then()
                .statusCode(200)
                .body("state", equalTo("submitted"));
    }
}
