package org.weconomics.partnership.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

/** Every route of the tension register, the assessments and the agreement, seen from another local group and with bad input. */
@QuarkusTest
class PartnershipHealthAccessTest {

    private record Route(String method, String path, Object body) {}

    @Test
    void anotherLocalGroupGets404OnEveryRoute() {
        Setup setup = partnershipWithPartnerAndTension();
        String anna = setup.anna();
        String partnership = setup.partnership();
        String partner = setup.partner();
        String tension = setup.tension();
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft", partnership, partner)
                .then()
                .statusCode(201);
        String outsider = TestTokens.member("olga", TestData.localGroup());
        Map<String, Object> tensionBody = Map.of("title", "x", "valueDomain", "value-creation", "severity", "low");
        Map<String, Object> none = Map.of();

        for (Route route : routes(partnership, tension, partner, tensionBody, none)) {
            request(outsider, route)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
        }
    }

    @Test
    void badInputOnEveryWriteRouteIsA4xxProblemNamingTheField() {
        Setup setup = partnershipWithPartnerAndTension();
        String anna = setup.anna();
        String partnership = setup.partnership();
        String partner = setup.partner();
        String tension = setup.tension();

        expectField(
                anna,
                new Route(
                        "POST",
                        "/partnerships/" + partnership + "/tensions",
                        Map.of("title", "", "valueDomain", "value-creation", "severity", "low")),
                "title");
        expectField(
                anna,
                new Route(
                        "POST",
                        "/partnerships/" + partnership + "/tensions",
                        Map.of(
                                "title",
                                "x",
                                "valueDomain",
                                "value-creation",
                                "bmcBlock",
                                "revenue-stream",
                                "severity",
                                "low")),
                "bmcBlock");
        expectField(
                anna,
                new Route(
                        "POST",
                        "/partnerships/" + partnership + "/tensions",
                        Map.of("title", "x", "valueDomain", "value-creation", "severity", "extreme")),
                "severity");
        expectField(
                anna,
                new Route(
                        "POST",
                        "/partnerships/" + partnership + "/tensions",
                        Map.of(
                                "title",
                                "x",
                                "valueDomain",
                                "value-creation",
                                "severity",
                                "low",
                                "agreementElement",
                                8)),
                "agreementElement");
        expectField(
                anna,
                new Route(
                        "POST",
                        "/partnerships/" + partnership + "/tensions",
                        Map.of("title", "x", "valueDomain", "value-creation", "severity", "low", "status", "resolved")),
                "status");
        expectField(
                anna,
                new Route(
                        "PUT",
                        "/partnerships/" + partnership + "/tensions/" + tension,
                        Map.of(
                                "title",
                                "x",
                                "valueDomain",
                                "value-creation",
                                "severity",
                                "low",
                                "ownerPartnerId",
                                "00000000-0000-0000-0000-000000000001")),
                "ownerPartnerId");
        expectField(
                anna,
                new Route(
                        "PUT",
                        "/partnerships/" + partnership + "/tensions/" + tension + "/status",
                        Map.of("status", "gone")),
                "status");
        expectField(
                anna,
                new Route(
                        "POST",
                        "/partnerships/" + partnership + "/tensions/" + tension + "/solutions",
                        Map.of("description", "x", "agreedOn", "2020-01-01", "agreedBy", List.of())),
                "agreedBy");
        expectField(
                anna,
                new Route(
                        "POST",
                        "/partnerships/" + partnership + "/assessments/partners/" + partner + "/draft",
                        Map.of("facets", Map.of("no-such-facet", Map.of("status", "cleared")))),
                "facets.no-such-facet");
        expectField(
                anna,
                new Route(
                        "PUT",
                        "/partnerships/" + partnership + "/assessments/agreed",
                        Map.of("successFactors", Map.of("trust-and-transparency", "sometimes"))),
                "successFactors.trust-and-transparency");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of())
                .when()
                .post("/partnerships/{p}/assessments/partners/{partner}/draft", partnership, partner)
                .then()
                .statusCode(201);
        expectField(
                anna,
                new Route(
                        "PUT",
                        "/partnerships/" + partnership + "/assessments/partners/" + partner + "/draft",
                        Map.of("impact", Map.of("employment-sec", "huge"))),
                "impact.employment-sec");
        expectField(
                anna,
                new Route(
                        "PUT",
                        "/partnerships/" + partnership + "/questionnaire/partners/" + partner,
                        Map.of("answers", Map.of("unknown", "x"))),
                "answers.unknown");
        expectField(
                anna,
                new Route("PUT", "/partnerships/" + partnership + "/agreement/elements/4", Map.of("text", "x")),
                "status");

        // Writes without If-Match are refused with 428 before anything changes.
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "in-dialogue"))
                .when()
                .put("/partnerships/{p}/tensions/{t}/status", partnership, tension)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("status", "cleared"))
                .when()
                .put("/partnerships/{p}/agreement/elements/9", partnership)
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("status", "cleared"))
                .when()
                .put("/partnerships/{p}/agreement/elements/9", partnership)
                .then()
                .statusCode(404)
                .body("detail", notNullValue());
    }

    private record Setup(String anna, String partnership, String partner, String tension) {}

    private static Setup partnershipWithPartnerAndTension() {
        String group = TestData.localGroup();
        String anna = TestTokens.member("anna", group);
        String partnership = TestData.partnership(anna, group);
        String partner = TestData.join(anna, partnership, TestData.organisation("social-economy"));
        TestData.represent(anna, partnership, partner, "anna");
        String tension = given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Spanning", "valueDomain", "value-creation", "severity", "low"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new Setup(anna, partnership, partner, tension);
    }

    private static List<Route> routes(
            String partnership, String tension, String partner, Object tensionBody, Object none) {
        String base = "/partnerships/" + partnership;
        String draft = base + "/assessments/partners/" + partner + "/draft";
        return List.of(
                new Route("POST", base + "/tensions", tensionBody),
                new Route("GET", base + "/tensions", null),
                new Route("GET", base + "/tensions/summary", null),
                new Route("GET", base + "/tensions/" + tension, null),
                new Route("PUT", base + "/tensions/" + tension, tensionBody),
                new Route("PUT", base + "/tensions/" + tension + "/status", Map.of("status", "in-dialogue")),
                new Route(
                        "POST",
                        base + "/tensions/" + tension + "/solutions",
                        Map.of("description", "x", "agreedOn", "2024-01-01", "agreedBy", List.of(partner))),
                new Route("GET", base + "/tensions/" + tension + "/history", null),
                new Route("GET", base + "/tension-suggestions", null),
                new Route("GET", base + "/assessments", null),
                new Route("GET", base + "/assessments/history", null),
                new Route("POST", draft, none),
                new Route("GET", draft, null),
                new Route("PUT", draft, none),
                new Route("POST", draft + "/submit", null),
                new Route("GET", base + "/assessments/agreed", null),
                new Route("PUT", base + "/assessments/agreed", none),
                new Route("GET", base + "/assessments/readiness", null),
                new Route("GET", base + "/questionnaire/partners/" + partner, null),
                new Route("PUT", base + "/questionnaire/partners/" + partner, Map.of("answers", Map.of())),
                new Route("GET", base + "/agreement", null),
                new Route("PUT", base + "/agreement/elements/4", Map.of("status", "cleared")),
                new Route("GET", base + "/agreement/document.docx", null),
                new Route("GET", base + "/agreement/document.md", null));
    }

    private static io.restassured.response.Response request(String token, Route route) {
        RequestSpecification request = given().auth().oauth2(token).header("If-Match", "\"0\"");
        if (route.body() != null) {
            request = request.contentType(ContentType.JSON).body(route.body());
        }
        return request.when().request(route.method(), route.path());
    }

    private static void expectField(String token, Route route, String field) {
        request(token, route)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem(field));
    }
}
