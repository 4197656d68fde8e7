package org.weconomics.canvas.canvas;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

@QuarkusTest
class IdempotentCreationTest {

    private final String group = CanvasTestData.localGroup();
    private final String wim = TestTokens.member("wim", group);

    @Test
    void aRetriedCreationWithTheSameKeyReplaysTheFirstResponseAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = CanvasTestData.canvasBody(group, "Eén keer");

        String first = given().auth()
                .oauth2(wim)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/canvases")
                .then()
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
        given().auth()
                .oauth2(wim)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/canvases")
                .then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/canvases/" + first))
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"0\"")
                .body("id", equalTo(first));

        assertThat(canvasesInGroup()).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneCanvas() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = CanvasTestData.canvasBody(group, "Tegelijk");

        List<CompletableFuture<String>> attempts = IntStream.range(0, 4)
                .mapToObj(attempt -> CompletableFuture.supplyAsync(() -> given().auth()
                        .oauth2(wim)
                        .contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(body)
                        .when()
                        .post("/canvases")
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("id")))
                .toList();

        assertThat(attempts.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        assertThat(canvasesInGroup()).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentRequestIsRefusedWith422() {
        String key = UUID.randomUUID().toString();
        given().auth()
                .oauth2(wim)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(CanvasTestData.canvasBody(group, "Eerste"))
                .when()
                .post("/canvases")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(wim)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(CanvasTestData.canvasBody(group, "Andere titel"))
                .when()
                .post("/canvases")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("invalidFields.field", equalTo(List.of("Idempotency-Key")));

        given().auth()
                .oauth2(wim)
                .queryParam("localGroup", group)
                .when()
                .get("/canvases")
                .then()
                .body("items.title", equalTo(List.of("Eerste")));
    }

    @Test
    void keysBelongToOneCallerAndAFailedRequestLeavesNoKeyBehind() {
        String key = UUID.randomUUID().toString();
        String colleague = TestTokens.member("zoe", group);
        Map<String, Object> body = CanvasTestData.canvasBody(group, "Twee mensen, één sleutel");
        given().auth()
                .oauth2(wim)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/canvases")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(colleague)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/canvases")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);

        String retryKey = UUID.randomUUID().toString();
        Map<String, Object> wrong = CanvasTestData.canvasBody(group, "Fout");
        wrong.put("templateKey", "no-such-template");
        given().auth()
                .oauth2(wim)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", retryKey)
                .body(wrong)
                .when()
                .post("/canvases")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(wim)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", retryKey)
                .body(CanvasTestData.canvasBody(group, "Hersteld"))
                .when()
                .post("/canvases")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(wim)
                .queryParam("localGroup", group)
                .when()
                .get("/canvases")
                .then()
                .body("items", hasSize(3));
    }

    @Test
    void aRetriedBulkAddOfNotesAddsThemOnce() {
        String canvas = CanvasTestData.canvas(wim, group, "Bulk één keer");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of(
                "notes",
                List.of(CanvasTestData.noteBody("channels", "Een"), CanvasTestData.noteBody("channels", "Twee")));
        for (int attempt = 0; attempt < 3; attempt++) {
            given().auth()
                    .oauth2(wim)
                    .contentType(ContentType.JSON)
                    .header("Idempotency-Key", key)
                    .body(body)
                    .when()
                    .post("/canvases/{c}/notes/bulk", canvas)
                    .then()
                    .statusCode(201)
                    .body("notes", hasSize(2));
        }
        given().auth()
                .oauth2(wim)
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .body("items", hasSize(2));

        given().auth()
                .oauth2(wim)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", "k".repeat(201))
                .body(body)
                .when()
                .post("/canvases/{c}/notes/bulk", canvas)
                .then()
                .statusCode(400)
                .body("invalidFields.field", equalTo(List.of("Idempotency-Key")));
    }

    private int canvasesInGroup() {
        return given().auth()
                .oauth2(wim)
                .queryParam("localGroup", group)
                .when()
                .get("/canvases")
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
    }
}
