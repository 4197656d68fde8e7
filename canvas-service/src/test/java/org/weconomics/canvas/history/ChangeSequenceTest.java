package org.weconomics.canvas.history;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.events.Topics;
import org.weconomics.testing.TestTokens;
import org.weconomics.testing.TopicReader;

/** Every change of a canvas gets the next number of that canvas, without gaps, also when people work at once. */
@QuarkusTest
class ChangeSequenceTest {

    private static final int PARALLEL_ADDITIONS = 20;

    private final String group = CanvasTestData.localGroup();
    private final String kim = TestTokens.member("kim", group);

    @Test
    void parallelAdditionsToOneCanvasGetGaplessSequencesAndGaplessPositions() throws Exception {
        String canvas = CanvasTestData.canvas(kim, group, "Drukte");
        ExecutorService people = Executors.newFixedThreadPool(PARALLEL_ADDITIONS);
        try {
            List<CompletableFuture<String>> additions = IntStream.range(0, PARALLEL_ADDITIONS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> CanvasTestData.note(kim, canvas, "channels", "Idee " + i), people))
                    .toList();
            CompletableFuture.allOf(additions.toArray(CompletableFuture[]::new)).join();
        } finally {
            people.shutdown();
        }

        List<Long> sequences = given().auth()
                .oauth2(kim)
                .queryParam("order", "oldest")
                .queryParam("size", 200)
                .when()
                .get("/canvases/{c}/history", canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.sequence", Long.class);
        assertThat(sequences)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, PARALLEL_ADDITIONS + 1)
                        .boxed()
                        .toList());
        List<Integer> positions = given().auth()
                .oauth2(kim)
                .queryParam("blockKey", "channels")
                .when()
                .get("/canvases/{c}/notes", canvas)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.position", Integer.class);
        assertThat(positions)
                .containsExactlyElementsOf(
                        IntStream.range(0, PARALLEL_ADDITIONS).boxed().toList());

        List<TopicReader.ReceivedRecord> events = TopicReader.awaitRecords(
                Topics.CANVAS, record -> canvas.equals(record.key()), PARALLEL_ADDITIONS + 1, Duration.ofSeconds(30));
        assertThat(events)
                .extracting(record -> record.value().replaceAll(".*\"sequence\":(\\d+).*", "$1"))
                .containsExactlyElementsOf(LongStream.rangeClosed(1, PARALLEL_ADDITIONS + 1)
                        .mapToObj(Long::toString)
                        .toList());
    }
}
