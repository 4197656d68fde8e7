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
                        "/templates/{templateKey}/versions/{version}",
                        "/canvases",
                        "/canvases/{canvasId}/status",
                        "/canvases/{canvasId}/notes/bulk",
                        "/canvases/{canvasId}/notes/{noteId}/placement",
                        "/canvases/{canvasId}/export",
                        "/canvases/import",
                        "/canvases/{canvasId}/notes.csv",
                        "/canvases/{canvasId}/facilitation",
                        "/canvases/{canvasId}/progress",
                        "/canvases/{canvasId}/voting-rounds/{roundId}/votes",
                        "/canvases/{canvasId}/history",
                        "/canvases/{canvasId}/notes/{noteId}/history",
                        "/canvases/{canvasId}/snapshots",
                        "/canvases/{canvasId}/snapshots/{snapshotId}/compare",
                        "/canvases/{canvasId}/snapshots/{snapshotId}/restore",
                        "/canvases/{canvasId}/feed");
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
        // One naming of path parameters: each after its resource, never a bare {id} or {key}.
        assertThat(paths.keySet().stream().filter(path -> !path.startsWith("/workshops")))
                .noneMatch(path -> path.contains("{id}") || path.contains("{key}"));
        for (String updated : List.of(
                "put /canvases/{canvasId}",
                "delete /canvases/{canvasId}",
                "put /canvases/{canvasId}/status",
                "put /canvases/{canvasId}/notes/{noteId}",
                "delete /canvases/{canvasId}/notes/{noteId}",
                "put /canvases/{canvasId}/notes/{noteId}/placement",
                "put /canvases/{canvasId}/facilitation/lock",
                "post /canvases/{canvasId}/facilitation/reveal",
                "post /canvases/{canvasId}/voting-rounds",
                "post /canvases/{canvasId}/voting-rounds/{roundId}/close")) {
            String[] methodAndPath = updated.split(" ");
            assertThat(takesIfMatch(paths.get(methodAndPath[1]).get(methodAndPath[0])))
                    .as(updated + " takes If-Match")
                    .isTrue();
        }

        Map<String, Object> staleUpdate = (Map<String, Object>) ((Map<String, Object>)
                        paths.get("/canvases/{canvasId}").get("put").get("responses"))
                .get("412");
        assertThat(((Map<String, Object>) staleUpdate.get("content"))).containsKey("application/problem+json");
        assertThat(((Map<String, Object>) paths.get("/templates").get("post").get("responses")))
                .containsKeys("403", "422");
        assertThat(((Map<String, Object>) paths.get("/canvases/{canvasId}/snapshots/{snapshotId}/restore")
                        .get("post")
                        .get("responses")))
                .containsKeys("200", "409", "412", "428");
        assertThat(((Map<String, Object>)
                        ((Map<String, Object>) ((Map<String, Object>) paths.get("/canvases/{canvasId}/feed")
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
