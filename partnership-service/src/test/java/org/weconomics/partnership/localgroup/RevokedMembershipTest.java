package org.weconomics.partnership.localgroup;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.weconomics.partnership.TestData;
import org.weconomics.testing.TestTokens;

/**
 * A member an admin removes is refused at once, with the token they still hold (it names the local group until it
 * expires) and without asking Keycloak (none runs in these tests).
 */
@QuarkusTest
class RevokedMembershipTest {

    @Test
    void aRemovedMembersTokenNoLongerOpensTheGroupsPartnershipsUntilTheyAreAddedAgain() {
        String group = TestData.localGroup();
        String eva = "eva-" + group;
        String evasToken = TestTokens.member(eva, group);
        String partnership = TestData.partnership(TestTokens.member("coach-" + group, group), group);
        TestData.member(group, eva);
        readAs(evasToken, partnership, 200);

        given().auth()
                .oauth2(TestData.ADMIN)
                .header("If-Match", versionOf(group))
                .when()
                .delete("/local-groups/{key}/members/{userId}", group, eva)
                .then()
                .statusCode(204);

        readAs(evasToken, partnership, 404);
        given().auth()
                .oauth2(evasToken)
                .contentType("application/json")
                .body(Map.of("title", "Nog één", "valueDomain", "value-capture", "severity", "low"))
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(404);

        TestData.member(group, eva);
        readAs(evasToken, partnership, 200);
    }

    private static String versionOf(String group) {
        return given().auth()
                .oauth2(TestData.ADMIN)
                .when()
                .get("/local-groups/{key}", group)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    private static void readAs(String token, String partnership, int status) {
        given().auth()
                .oauth2(token)
                .when()
                .get("/partnerships/{p}", partnership)
                .then()
                .statusCode(status);
    }
}
