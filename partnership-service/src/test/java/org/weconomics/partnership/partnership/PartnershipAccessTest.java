package org.weconomics.partnership.partnership;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

/** Every route below /partnerships/{id} hides a partnership of another local group as if it did not exist. */
@QuarkusTest
class PartnershipAccessTest {

    private record Route(String method, String path, Object body) {}

    @Test
    void aMemberOfAnotherLocalGroupGetsNotFoundOnEveryPartnershipRoute() {
        String anna = TestTokens.member("anna", "gent");
        String partnership = TestData.partnership(anna, "gent");
        String partner = TestData.join(anna, partnership, TestData.organisation("social-economy"));
        String activity = TestData.activity(anna, partnership, "Ophalen", partner);
        Map<String, Object> activityBody = Map.of("name", "X", "responsiblePartnerIds", List.of(partner));

        List<Route> routes = List.of(
                new Route("GET", "/partnerships/{id}", null),
                new Route("PUT", "/partnerships/{id}", Map.of("name", "Overgenomen")),
                new Route("GET", "/partnerships/{id}/trajectory", null),
                new Route("GET", "/partnerships/{id}/partners", null),
                new Route(
                        "POST",
                        "/partnerships/{id}/partners",
                        Map.of(
                                "organisationId",
                                TestData.organisation("regular-economy"),
                                "role",
                                "x",
                                "founding",
                                true)),
                new Route("GET", "/partnerships/{id}/partners/" + partner, null),
                new Route("PUT", "/partnerships/{id}/partners/" + partner, Map.of("role", "x", "founding", true)),
                new Route(
                        "PUT",
                        "/partnerships/{id}/partners/" + partner + "/contributions",
                        Map.of(
                                "productsAndServices",
                                List.of(),
                                "gainCreators",
                                List.of(),
                                "painRelievers",
                                List.of())),
                new Route("POST", "/partnerships/{id}/partners/" + partner + "/leave", null),
                new Route("GET", "/partnerships/{id}/value-chain", null),
                new Route("POST", "/partnerships/{id}/value-chain/activities", activityBody),
                new Route("GET", "/partnerships/{id}/value-chain/activities/" + activity, null),
                new Route("PUT", "/partnerships/{id}/value-chain/activities/" + activity, activityBody),
                new Route("DELETE", "/partnerships/{id}/value-chain/activities/" + activity, null),
                new Route("PUT", "/partnerships/{id}/value-chain/order", Map.of("activityIds", List.of(activity))));

        String bram = TestTokens.member("bram", "antwerpen");
        for (Route route : routes) {
            RequestSpecification request = given().auth().oauth2(bram).header("If-Match", "\"0\"");
            if (route.body() != null) {
                request = request.contentType(ContentType.JSON).body(route.body());
            }
            request.when()
                    .request(route.method(), route.path(), partnership)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
        }
        // Nothing changed: the owner still sees the partnership as it was.
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{id}/value-chain", partnership)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("activities", org.hamcrest.Matchers.hasSize(1));
        given().auth()
                .oauth2(TestTokens.admin("ada"))
                .when()
                .get("/partnerships/{id}", partnership)
                .then()
                .statusCode(200);
    }
}
