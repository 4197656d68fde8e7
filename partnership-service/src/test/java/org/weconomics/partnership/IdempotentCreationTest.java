package org.weconomics.partnership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/** A retry after a timeout, with the same Idempotency-Key, must not record a tension or an activity twice. */
@QuarkusTest
class IdempotentCreationTest {

    private String group;
    private String anna;
    private String partnership;

    @BeforeEach
    void aPartnershipOfANewLocalGroup() {
        group = TestData.localGroup();
        anna = TestTokens.member("anna", group);
        partnership = TestData.partnership(anna, group);
    }

    @Test
    void aRetriedTensionWithTheSameKeyReplaysTheFirstAnswerAndRecordsOneTension() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of("title", "Tempo van de begeleiding", "valueDomain", "value-creation", "severity", "medium");

        String first = recordTension(key, body)
                .statusCode(201)
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
        recordTension(key, body)
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/partnerships/" + partnership + "/tensions/" + first))
                .header("ETag", "\"0\"")
                .body("id", equalTo(first));

        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/tensions", partnership)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first)));
    }

    @Test
    void concurrentRetriesOfOneActivityCreateOneActivity() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Zagen en frezen", "responsiblePartnerIds", List.of());

        List<CompletableFuture<String>> attempts = IntStream.range(0, 4)
                .mapToObj(attempt -> CompletableFuture.supplyAsync(() -> given().auth()
                        .oauth2(anna)
                        .contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(body)
                        .when()
                        .post("/partnerships/{p}/value-chain/activities", partnership)
                        .then()
                        .statusCode(201)
                        .extract()
                        .<String>path("id")))
                .toList();

        assertThat(attempts.stream().map(CompletableFuture::join).distinct()).hasSize(1);
        given().auth()
                .oauth2(anna)
                .when()
                .get("/partnerships/{p}/value-chain", partnership)
                .then()
                .statusCode(200)
                .body("activities.name", equalTo(List.of("Zagen en frezen")));
    }

    @Test
    void theSameKeyForAnotherPartnershipIsRefusedWith422AndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        createPartnership(key, "Kaliber & Knoopwerk").statusCode(201);

        createPartnership(key, "Een andere naam")
                .statusCode(422)
                .contentType("application/problem+json")
                .body("invalidFields.field", equalTo(List.of("Idempotency-Key")));

        List<String> names = given().auth()
                .oauth2(anna)
                .queryParam("localGroup", group)
                .when()
                .get("/partnerships")
                .then()
                .statusCode(200)
                .extract()
                .path("items.name");
        assertThat(names).containsOnlyOnce("Kaliber & Knoopwerk").doesNotContain("Een andere naam");
    }

    private ValidatableResponse recordTension(String key, Map<String, Object> body) {
        return given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post("/partnerships/{p}/tensions", partnership)
                .then();
    }

    private ValidatableResponse createPartnership(String key, String name) {
        return given().auth()
                .oauth2(anna)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(Map.of("localGroup", group, "name", name))
                .when()
                .post("/partnerships")
                .then();
    }
}
