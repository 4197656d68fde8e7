package org.weconomics.canvas;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every operation of the API is documented: a summary, a description and its success response. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryADescriptionAndASuccessResponse() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("paths");

        assertThat(paths)
                .containsKeys(
                        "/templates",
                        "/templates/{key}/versions/{version}",
                        "/canvases",
                        "/canvases/{id}/status",
                        "/canvases/{canvasId}/notes/bulk",
                        "/canvases/{canvasId}/notes/{noteId}/placement",
                        "/canvases/{id}/export",
                        "/canvases/import",
                        "/canvases/{id}/notes.csv",
                        "/canvases/{id}/facilitation",
                        "/canvases/{id}/progress",
                        "/canvases/{id}/voting-rounds/{roundId}/votes",
                        "/canvases/{id}/history",
                        "/canvases/{canvasId}/notes/{noteId}/history",
                        "/canvases/{id}/snapshots",
                        "/canvases/{id}/snapshots/{snapshotId}/compare",
                        "/canvases/{id}/snapshots/{snapshotId}/restore",
                        "/canvases/{id}/feed");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?>) || method.equals("parameters")) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            assertThat(operation.get("summary")).as(name + " summary").isNotNull();
            assertThat(operation.get("description")).as(name + " description").isNotNull();
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses.keySet())
                    .as(name + " responses")
                    .anyMatch(status -> status.startsWith("2"))
                    .contains("400", "401");
            if (takesIfMatch(operation)) {
                assertThat(responses.keySet()).as(name + " responses").contains("412", "428");
            }
        }));
        for (String updated : List.of(
                "put /canvases/{id}",
                "delete /canvases/{id}",
                "put /canvases/{id}/status",
                "put /canvases/{canvasId}/notes/{noteId}",
                "delete /canvases/{canvasId}/notes/{noteId}",
                "put /canvases/{canvasId}/notes/{noteId}/placement",
                "put /canvases/{id}/facilitation/lock",
                "post /canvases/{id}/facilitation/reveal",
                "post /canvases/{id}/voting-rounds",
                "post /canvases/{id}/voting-rounds/{roundId}/close")) {
            String[] methodAndPath = updated.split(" ");
            assertThat(takesIfMatch(paths.get(methodAndPath[1]).get(methodAndPath[0])))
                    .as(updated + " takes If-Match")
                    .isTrue();
        }

        Map<String, Object> staleUpdate = (Map<String, Object>)
                ((Map<String, Object>) paths.get("/canvases/{id}").get("put").get("responses")).get("412");
        assertThat(((Map<String, Object>) staleUpdate.get("content"))).containsKey("application/problem+json");
        assertThat(((Map<String, Object>) paths.get("/templates").get("post").get("responses")))
                .containsKeys("403", "422");
        assertThat(((Map<String, Object>) paths.get("/canvases/{id}/snapshots/{snapshotId}/restore")
                        .get("post")
                        .get("responses")))
                .containsKeys("200", "409", "412", "428");
        assertThat(((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) paths.get("/canvases/{id}/feed")
                                        .get("get")
                                        .get("responses"))
                                .get("200"))
                        .get("content")))
                .containsKey("text/event-stream");
    }

    @SuppressWarnings("unchecked")
    private static boolean takesIfMatch(Map<String, Object> operation) {
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.get("parameters");
        return parameters != null
                && parameters.stream().anyMatch(parameter -> "If-Match".equals(parameter.get("name")));
    }
}
