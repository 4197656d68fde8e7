package org.weconomics.canvas.partnership;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/**
 * A new canvas names only a partnership canvas-service learnt of, in the canvas's own local group, and of it only a
 * current partner: partnership-service's events on the real broker are what it learns from.
 */
@QuarkusTest
class CanvasPartnershipIsCheckedTest {

    private final String group = CanvasTestData.localGroup();
    private final String otherGroup = CanvasTestData.localGroup();
    private final String lotte = TestTokens.member("lotte", group, otherGroup);

    @Test
    void aCanvasForAPartnershipNobodyCreatedIsRefusedNamingPartnershipId() {
        createCanvas(CanvasTestData.BLENDED, UUID.randomUUID(), null)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:unknown-partnership"))
                .body("invalidFields.field", equalTo(List.of("partnershipId")))
                .body("invalidFields[0].message", containsString("becomes known within seconds"));
    }

    @Test
    void aCanvasForAPartnershipOnceItsCreationArrivedIsCreated() {
        UUID partnership = Partnerships.created(group, "Catering met partners");

        String canvasId = createCanvas(CanvasTestData.BLENDED, partnership, null)
                .statusCode(201)
                .extract()
                .path("id");

        given().auth()
                .oauth2(lotte)
                .when()
                .get("/canvases/{canvasId}", canvasId)
                .then()
                .statusCode(200)
                .body("partnershipId", equalTo(partnership.toString()));
    }

    @Test
    void aPartnershipOfAnotherLocalGroupIsUnknownInThisOne() {
        UUID partnership = Partnerships.created(otherGroup, "Elders opgezet");

        createCanvas(CanvasTestData.BLENDED, partnership, null)
                .statusCode(422)
                .body("type", equalTo("urn:problem-type:weconomics:unknown-partnership"))
                .body("invalidFields.field", equalTo(List.of("partnershipId")));
    }

    @Test
    void aContributionBoardIsForACurrentPartnerOnly() {
        UUID partnership = Partnerships.created(group, "Bijdragen");
        UUID staying = Partnerships.partnerJoined(partnership, group, List.of());
        UUID leaving = Partnerships.partnerJoined(partnership, group, List.of(staying));

        createCanvas("partner-contribution-board", partnership, UUID.randomUUID())
                .statusCode(422)
                .body("type", equalTo("urn:problem-type:weconomics:not-a-current-partner"))
                .body("invalidFields.field", equalTo(List.of("partnerId")));
        createCanvas("partner-contribution-board", partnership, leaving).statusCode(201);

        Partnerships.partnerLeft(partnership, group, leaving);

        createCanvas("partner-contribution-board", partnership, leaving)
                .statusCode(422)
                .body("type", equalTo("urn:problem-type:weconomics:not-a-current-partner"))
                .body("invalidFields.field", equalTo(List.of("partnerId")));
        createCanvas("partner-contribution-board", partnership, staying)
                .statusCode(201)
                .body("partnerId", equalTo(staying.toString()));
    }

    private ValidatableResponse createCanvas(String templateKey, UUID partnershipId, UUID partnerId) {
        Map<String, Object> body = CanvasTestData.canvasBody(group, "Canvas van een partnerschap");
        body.put("templateKey", templateKey);
        body.put("partnershipId", partnershipId.toString());
        if (partnerId != null) {
            body.put("partnerId", partnerId.toString());
        }
        return given().auth()
                .oauth2(lotte)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/canvases")
                .then();
    }
}
