package org.weconomics.canvas.people;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/**
 * A member removed from a local group is refused with the token they still hold, which names the group until it
 * expires: canvas-service learns the removal from partnership-service's event, with no Keycloak to ask (none runs
 * in these tests).
 */
@QuarkusTest
class RevokedMembershipTest {

    private final String group = CanvasTestData.localGroup();
    private final String other = CanvasTestData.localGroup();

    @Test
    void aRemovedMembersTokenNoLongerOpensTheGroupsCanvasesUntilTheyAreAddedAgain() {
        String eva = "eva-" + group;
        String evasToken = TestTokens.member(eva, group, other);
        String canvas = CanvasTestData.canvas(TestTokens.member("kim", group), group, "Werkplaats");
        String elsewhere = CanvasTestData.canvas(evasToken, other, "Elders");
        Members.register(group, eva);
        readAs(evasToken, canvas, 200);

        Members.remove(group, eva);

        readAs(evasToken, canvas, 404);
        given().auth()
                .oauth2(evasToken)
                .contentType("application/json")
                .body(CanvasTestData.canvasBody(group, "Toch nog"))
                .when()
                .post("/canvases")
                .then()
                .statusCode(400);
        readAs(evasToken, elsewhere, 200);

        Members.register(group, eva);
        readAs(evasToken, canvas, 200);
    }

    private static void readAs(String token, String canvas, int status) {
        given().auth().oauth2(token).when().get("/canvases/{id}", canvas).then().statusCode(status);
    }
}
