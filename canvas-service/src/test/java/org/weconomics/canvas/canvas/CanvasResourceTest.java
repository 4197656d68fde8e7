package org.weconomics.canvas.canvas;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.events.Topics;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

@QuarkusTest
class CanvasResourceTest {

    private final String anna = TestTokens.member("anna", "gent");

    @Test
    void aMemberCreatesACanvasInHerLocalGroupAndReadsItBackWithItsVersion() {
        String id = createCanvas(anna, "gent", "Blended BMC — werkdag");

        given().auth()
                .oauth2(anna)
                .when()
                .get("/canvases/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("title", equalTo("Blended BMC — werkdag"))
                .body("status", equalTo("draft"))
                .body("facilitator", equalTo("anna"))
                .body("localGroup", equalTo("gent"));
    }

    @Test
    void creatingACanvasPublishesItsEventThroughTheOutbox() {
        String id = createCanvas(anna, "gent", "Event check");

        var records =
                TopicReader.awaitRecords(Topics.CANVAS, record -> id.equals(record.key()), 1, Duration.ofSeconds(20));

        TopicReader.ReceivedRecord record = records.get(0);
        assertThat(record.cloudEventType()).isEqualTo("org.weconomics.canvas.created");
        assertThat(record.header("ce_dataschema")).isEqualTo("urn:weconomics:event:org.weconomics.canvas.created:v1");
        assertThat(record.header("ce_source")).isEqualTo("/weconomics/canvas-service");
        assertThat(record.value()).contains("\"title\":\"Event check\"");
    }

    @Test
    void aMemberOfAnotherLocalGroupGetsNotFound() {
        String id = createCanvas(anna, "gent", "Alleen voor Gent");
        String bram = TestTokens.member("bram", "antwerpen");

        given().auth()
                .oauth2(bram)
                .when()
                .get("/canvases/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(bram)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "overgenomen"))
                .when()
                .put("/canvases/{id}", id)
                .then()
                .statusCode(404);
    }

    @Test
    void anAdminSeesCanvasesOfEveryLocalGroup() {
        String id = createCanvas(anna, "gent", "Voor de admin");

        given().auth()
                .oauth2(TestTokens.admin("root"))
                .when()
                .get("/canvases/{id}", id)
                .then()
                .statusCode(200);
    }

    @Test
    void creatingInALocalGroupYouDoNotBelongToIsRefusedNamingTheField() {
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(validCanvas("antwerpen", "Niet van mij"))
                .when()
                .post("/canvases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("localGroup"));
    }

    @Test
    void anUpdateWithoutIfMatchIsRefusedWith428AndChangesNothing() {
        String id = createCanvas(anna, "gent", "Origineel");

        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Gewijzigd"))
                .when()
                .put("/canvases/{id}", id)
                .then()
                .statusCode(428)
                .contentType("application/problem+json");

        given().auth().oauth2(anna).when().get("/canvases/{id}", id).then().body("title", equalTo("Origineel"));
    }

    @Test
    void aStaleIfMatchGets412WithTheCurrentStateAndChangesNothing() {
        String id = createCanvas(anna, "gent", "Origineel");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Eerste wijziging"))
                .when()
                .put("/canvases/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");

        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("title", "Verouderde wijziging"))
                .when()
                .put("/canvases/{id}", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .header("ETag", "\"1\"")
                .body("current.title", equalTo("Eerste wijziging"))
                .body("current.version", equalTo(1));

        given().auth().oauth2(anna).when().get("/canvases/{id}", id).then().body("title", equalTo("Eerste wijziging"));
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(Map.of("localGroup", "gent", "templateKey", "Not A Key", "templateVersion", 0, "title", " "))
                .when()
                .post("/canvases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:problem-type:weconomics:validation-failed"))
                .body("invalidFields.field", hasItem("templateKey"))
                .body("invalidFields.field", hasItem("templateVersion"))
                .body("invalidFields.field", hasItem("title"));
    }

    @Test
    void malformedJsonUnknownFieldsWrongTypesAndServerOwnedFieldsAreClientErrors() {
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body("{\"title\": ")
                .when()
                .post("/canvases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));

        Map<String, Object> withId = new java.util.HashMap<>(validCanvas("gent", "Met id"));
        withId.put("id", UUID.randomUUID().toString());
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(withId)
                .when()
                .post("/canvases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("id"));

        Map<String, Object> wrongType = new java.util.HashMap<>(validCanvas("gent", "Verkeerd type"));
        wrongType.put("templateVersion", "een");
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(wrongType)
                .when()
                .post("/canvases")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("invalidFields.field", hasItem("templateVersion"));
    }

    @Test
    void anOversizeBodyIsRefusedWith413() {
        Map<String, Object> huge = new java.util.HashMap<>(validCanvas("gent", "Groot"));
        huge.put("topic", "x".repeat(2_000_000));
        given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .body(huge)
                .when()
                .post("/canvases")
                .then()
                .statusCode(413);
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthenticated() {
        given().when().get("/canvases/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.token()
                        .subject("anna")
                        .localGroups("gent")
                        .signedWithUntrustedKey()
                        .sign())
                .when()
                .get("/canvases/{id}", UUID.randomUUID())
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.token()
                        .subject("anna")
                        .localGroups("gent")
                        .audiences("some-other-api")
                        .sign())
                .when()
                .get("/canvases/{id}", UUID.randomUUID())
                .then()
                .statusCode(401);
    }

    static Map<String, Object> validCanvas(String localGroup, String title) {
        return Map.of(
                "localGroup",
                localGroup,
                "templateKey",
                "blended-business-model-canvas",
                "templateVersion",
                1,
                "title",
                title,
                "topic",
                "Gezamenlijke catering");
    }

    static String createCanvas(String token, String localGroup, String title) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(validCanvas(localGroup, title))
                .when()
                .post("/canvases")
                .then()
                .statusCode(201)
                .header("Location", containsString("/canvases/"))
                .header("ETag", "\"0\"")
                .body("id", notNullValue())
                .extract()
                .path("id");
    }
}
