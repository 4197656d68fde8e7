package org.weconomics.canvas.template;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class TemplateResourceTest {

    private final String member = TestTokens.member("marie", "gent");

    @Test
    void theSixShippedTemplatesAreListedInDutchByDefault() {
        given().auth()
                .oauth2(member)
                .queryParam("size", 200)
                .when()
                .get("/templates")
                .then()
                .statusCode(200)
                .header("Content-Language", "nl")
                .body(
                        "items.key",
                        hasItems(
                                "business-model-canvas",
                                "blended-business-model-canvas",
                                "community-model-canvas",
                                "ten-core-connections",
                                "seven-connecting-factors",
                                "partner-contribution-board"))
                .body("items.find { it.key == 'partner-contribution-board' }.title", equalTo("Bijdrage per partner"));
    }

    @Test
    void acceptLanguagePicksEnglishOrDutchForEveryText() {
        given().auth()
                .oauth2(member)
                .header("Accept-Language", "en-GB,en;q=0.9")
                .when()
                .get("/templates/business-model-canvas/versions/1")
                .then()
                .statusCode(200)
                .header("Content-Language", "en")
                .body("language", equalTo("en"))
                .body("blocks.find { it.key == 'key-partners' }.title", equalTo("Key partners"))
                .body("groups.find { it.key == 'realisation' }.title", equalTo("Realisation model"))
                .body("attribution", containsString("Strategyzer AG"));

        given().auth()
                .oauth2(member)
                .header("Accept-Language", "nl-BE, en;q=0.5")
                .when()
                .get("/templates/business-model-canvas/versions/1")
                .then()
                .statusCode(200)
                .header("Content-Language", "nl")
                .body("blocks.find { it.key == 'key-partners' }.title", equalTo("Netwerkpartners"))
                .body("groups.find { it.key == 'realisation' }.title", equalTo("Realisatiemodel"))
                .body("blocks[0].position.columnSpan", equalTo(2));
    }

    @Test
    void theBilingualDocumentCarriesBothLanguages() {
        given().auth()
                .oauth2(member)
                .when()
                .get("/templates/community-model-canvas/versions/1/document")
                .then()
                .statusCode(200)
                .body("key", equalTo("community-model-canvas"))
                .body("lenses", hasSize(5))
                .body("title.nl", equalTo("Community Model Canvas (CMC)"))
                .body("lenses[0].title.en", equalTo("Specialize, coordinate, finalize"));
    }

    @Test
    void theListFiltersOnTextAndValueTag() {
        List<String> social = given().auth()
                .oauth2(member)
                .queryParam("valueTag", "social")
                .queryParam("size", 200)
                .when()
                .get("/templates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.key", String.class);
        org.assertj.core.api.Assertions.assertThat(social)
                .contains("blended-business-model-canvas", "partner-contribution-board")
                .doesNotContain("business-model-canvas", "community-model-canvas");

        given().auth()
                .oauth2(member)
                .queryParam("text", "kernverbindingen")
                .when()
                .get("/templates")
                .then()
                .statusCode(200)
                .body("items.key", equalTo(List.of("ten-core-connections")));

        given().auth()
                .oauth2(member)
                .queryParam("valueTag", "financial")
                .when()
                .get("/templates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("valueTag"));
    }

    @Test
    void anUnknownTemplateVersionIsNotFound() {
        given().auth()
                .oauth2(member)
                .when()
                .get("/templates/business-model-canvas/versions/99")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(member)
                .when()
                .get("/templates/no-such-template/versions")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anAdminAddsACustomTemplateAndItsNextVersionAndCanvasesKeepTheirVersion() {
        String key = "custom-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(twoBlockTemplate(key, 1, "Kansen"))
                .when()
                .post("/templates")
                .then()
                .statusCode(201)
                .header("Location", containsString("/templates/" + key + "/versions/1"));
        String canvas = CanvasTestData.canvas(
                member, Map.of("localGroup", "gent", "templateKey", key, "templateVersion", 1, "title", "Op versie 1"));

        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(twoBlockTemplate(key, 2, "Mogelijkheden"))
                .when()
                .post("/templates/{key}/versions", key)
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(member)
                .when()
                .get("/templates/{key}/versions", key)
                .then()
                .statusCode(200)
                .body("items.version", equalTo(List.of(1, 2)))
                .body("page", equalTo(0))
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(1));
        given().auth()
                .oauth2(member)
                .queryParam("text", key)
                .when()
                .get("/templates")
                .then()
                .statusCode(200)
                .body("items.version", equalTo(List.of(2)));
        given().auth()
                .oauth2(member)
                .when()
                .get("/canvases/{id}", canvas)
                .then()
                .statusCode(200)
                .body("templateVersion", equalTo(1));
        given().auth()
                .oauth2(member)
                .when()
                .get("/templates/{key}/versions/1", key)
                .then()
                .statusCode(200)
                .body("blocks[0].title", equalTo("Kansen"));
    }

    @Test
    void onlyAdminsAddTemplates() {
        String key = "custom-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(twoBlockTemplate(key, 1, "Kansen"))
                .when()
                .post("/templates")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(twoBlockTemplate("business-model-canvas", 2, "Kansen"))
                .when()
                .post("/templates/business-model-canvas/versions")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(member)
                .when()
                .get("/templates/{key}/versions", key)
                .then()
                .statusCode(404);
    }

    @Test
    void anInvalidTemplateIsRefusedNamingEveryWrongField() {
        String key = "custom-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> overlapping = twoBlockTemplate(key, 1, "Kansen");
        overlapping.put("blocks", List.of(block("kansen", "Kansen", 0), block("risicos", "Risico's", 0)));
        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(overlapping)
                .when()
                .post("/templates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItems("blocks[1].position", "blocks"));

        Map<String, Object> untranslated = twoBlockTemplate(key, 1, "Kansen");
        untranslated.put("title", Map.of("nl", "Alleen Nederlands"));
        untranslated.put("valueTags", List.of("financial"));
        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(untranslated)
                .when()
                .post("/templates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("valueTags[0]"));

        Map<String, Object> badKeys = twoBlockTemplate("Not Kebab", 1, "Kansen");
        badKeys.put("title", Map.of("nl", "Alleen Nederlands"));
        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(badKeys)
                .when()
                .post("/templates")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItems("key", "title.en"));

        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(twoBlockTemplate("business-model-canvas", 5, "Kansen"))
                .when()
                .post("/templates/business-model-canvas/versions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("version"));
        given().auth()
                .oauth2(CanvasTestData.ADMIN)
                .contentType(ContentType.JSON)
                .body(twoBlockTemplate("business-model-canvas", 1, "Kansen"))
                .when()
                .post("/templates")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");

        given().auth()
                .oauth2(member)
                .when()
                .get("/templates/{key}/versions", key)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(member)
                .when()
                .get("/templates/business-model-canvas/versions")
                .then()
                .statusCode(200)
                .body("items.version", not(hasItem(5)));
    }

    @Test
    void aRetriedTemplateCreationWithTheSameIdempotencyKeyIsReplayed() {
        String key = "custom-" + UUID.randomUUID().toString().substring(0, 8);
        String idempotencyKey = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth()
                    .oauth2(CanvasTestData.ADMIN)
                    .contentType(ContentType.JSON)
                    .header("Idempotency-Key", idempotencyKey)
                    .body(twoBlockTemplate(key, 1, "Kansen"))
                    .when()
                    .post("/templates")
                    .then()
                    .statusCode(201)
                    .body("key", equalTo(key));
        }
        JsonPath versions = given().auth()
                .oauth2(member)
                .when()
                .get("/templates/{key}/versions", key)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        org.assertj.core.api.Assertions.assertThat(versions.getList("items.version"))
                .hasSize(1);
    }

    static Map<String, Object> twoBlockTemplate(String key, int version, String firstBlockTitle) {
        return CanvasTestData.twoBlockTemplate(key, version, firstBlockTitle);
    }

    private static Map<String, Object> block(String key, String title, int column) {
        return CanvasTestData.templateBlock(key, title, column);
    }
}
