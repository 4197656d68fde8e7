package org.weconomics.partnership.partnership;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.weconomics.testing.TestTokens;

/**
 * Two members creating a partnership of the same name at the same moment: the service's own check lets both
 * through, the database's unique index refuses one, and that one is a 409 problem, never a 500.
 */
@QuarkusTest
class ConcurrentDuplicateNameTest {

    private static final int AT_ONCE = 8;

    @Test
    void ofConcurrentCreationsWithOneNameOneIsCreatedAndTheOthersAreConflicts() {
        String anna = TestTokens.member("anna", "gent");
        String name = "Tegelijk " + System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<CompletableFuture<Integer>> answers = IntStream.range(0, AT_ONCE)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> given().auth()
                                    .oauth2(anna)
                                    .contentType(ContentType.JSON)
                                    .body(Map.of("localGroup", "gent", "name", name))
                                    .when()
                                    .post("/partnerships")
                                    .then()
                                    .contentType(org.hamcrest.Matchers.anyOf(
                                            org.hamcrest.Matchers.startsWith("application/json"),
                                            org.hamcrest.Matchers.startsWith("application/problem+json")))
                                    .extract()
                                    .statusCode(),
                            callers))
                    .toList();
            List<Integer> statuses =
                    answers.stream().map(CompletableFuture::join).toList();

            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            callers.shutdownNow();
        }
    }
}
