package org.weconomics.canvas.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.CanvasTestData;
import org.weconomics.testing.TestTokens;

/** The live feed of a canvas, fed by the service's own events on the real broker and read as a browser would. */
@QuarkusTest
class CanvasFeedTest {

    /**
     * The promise to workshop screens is a change on the screen within a second (the performance harness measures
     * it); a test on a shared, loaded machine only checks that it comes by itself, without a reconnect.
     */
    private static final Duration PROMPTLY = Duration.ofSeconds(10);

    @TestHTTPResource("/")
    URL base;

    @Inject
    CanvasFeed feed;

    @Inject
    ChannelRegistry channels;

    @Inject
    FeedConfig config;

    private final ObjectMapper json = new ObjectMapper();
    private final String group = CanvasTestData.localGroup();
    private final String kim = TestTokens.member("kim", group);

    @BeforeEach
    void theFeedReceivesChanges() {
        await().atMost(Duration.ofSeconds(30)).until(feed::isReceivingChanges);
    }

    @Test
    void aScriptedSessionArrivesInOrderAcrossAReconnectWithoutGapOrDuplicate() throws Exception {
        String canvas = CanvasTestData.canvas(kim, group, "Live werksessie");
        List<String> kinds = new ArrayList<>();
        int openBefore = feed.openFeeds();

        SseClient first = SseClient.open(feedOf(canvas), kim, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("text/event-stream");
        String a = arrives(
                first,
                kinds,
                "note-added",
                () -> CanvasTestData.note(kim, canvas, "value-proposition", "Warme maaltijden"));
        String b = arrives(
                first, kinds, "note-added", () -> CanvasTestData.note(kim, canvas, "channels", "Via de buurthuizen"));
        arrives(first, kinds, "note-moved", () -> CanvasTestData.move(kim, canvas, a, "channels", 0));
        arrives(
                first,
                kinds,
                "note-changed",
                () -> CanvasTestData.rewrite(kim, canvas, b, "Via buurthuizen en scholen"));
        arrives(first, kinds, "note-comment-added", () -> CanvasTestData.comment(kim, canvas, a, "Ook 's avonds?"));
        first.close();
        String lastSeen = first.lastId();

        // While the screen is away, the workshop goes on.
        CanvasTestData.remove(kim, canvas, b);
        kinds.add("note-removed");
        String c = CanvasTestData.note(kim, canvas, "customer-segments", "Ouderen in de wijk");
        kinds.add("note-added");
        given().auth()
                .oauth2(kim)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "notes",
                        List.of(
                                CanvasTestData.noteBody("key-partners", "Het OCMW"),
                                CanvasTestData.noteBody("key-partners", "De Wroeter"))))
                .when()
                .post("/canvases/{c}/notes/bulk", canvas)
                .then()
                .statusCode(201);
        kinds.add("note-added");
        kinds.add("note-added");
        given().auth()
                .oauth2(kim)
                .contentType(ContentType.JSON)
                .header("If-Match", CanvasTestData.canvasTag(kim, canvas))
                .body(Map.of("status", "in-workshop"))
                .when()
                .put("/canvases/{c}/status", canvas)
                .then()
                .statusCode(200);
        kinds.add("status-changed");

        SseClient second = SseClient.open(feedOf(canvas), kim, lastSeen);
        await().atMost(Duration.ofSeconds(5)).until(() -> second.events().size() == 5);
        List<String> resumed = new ArrayList<>(kinds.subList(5, 10));
        arrives(second, kinds, "note-moved", () -> CanvasTestData.move(kim, canvas, c, "value-proposition", 0));
        arrives(second, kinds, "note-comment-added", () -> CanvasTestData.comment(kim, canvas, c, "Hoeveel?"));
        arrives(second, kinds, "note-removed", () -> CanvasTestData.remove(kim, canvas, a));
        second.close();
        await().atMost(Duration.ofSeconds(5)).until(() -> feed.openFeeds() == openBefore);

        List<SseClient.Event> all = new ArrayList<>(first.events());
        all.addAll(second.events());
        assertThat(all)
                .extracting(SseClient.Event::id)
                .containsExactlyElementsOf(LongStream.rangeClosed(2, 1 + kinds.size())
                        .mapToObj(Long::toString)
                        .toList());
        assertThat(all).extracting(SseClient.Event::name).containsExactlyElementsOf(kinds);
        assertThat(second.events().subList(0, 5))
                .extracting(SseClient.Event::name)
                .containsExactlyElementsOf(resumed);
        for (SseClient.Event event : all) {
            JsonNode change = json.readTree(event.data());
            assertThat(change.get("sequence").asText()).isEqualTo(event.id());
            assertThat(change.get("kind").asText()).isEqualTo(event.name());
            assertThat(change.get("canvasId").asText()).isEqualTo(canvas);
            assertThat(change.get("subject").asText()).isEqualTo("kim");
        }
        JsonNode moved = json.readTree(all.get(2).data());
        assertThat(moved.get("noteId").asText()).isEqualTo(a);
        assertThat(moved.at("/before/blockKey").asText()).isEqualTo("value-proposition");
        assertThat(moved.at("/after/blockKey").asText()).isEqualTo("channels");
        JsonNode removed = json.readTree(all.get(5).data());
        assertThat(removed.at("/before/text").asText()).isEqualTo("Via buurthuizen en scholen");
        assertThat(removed.get("after").isNull()).isTrue();
        assertThat(first.retries()).containsExactly("2000");
    }

    @Test
    void aLiveEventBeyondTheLastSentFillsTheGapFromTheChangeLogAndLateEventsAreNotRepeated() throws Exception {
        String canvas = CanvasTestData.canvas(kim, group, "Gaten");
        SseClient screen = SseClient.open(feedOf(canvas), kim, null);
        CanvasTestData.note(kim, canvas, "channels", "Eerste");
        await().atMost(PROMPTLY).until(() -> screen.events().size() == 1);

        PausableChannel consumer = channels.getPausable(CanvasFeedConsumer.CHANNEL);
        consumer.pause();
        try {
            CanvasTestData.note(kim, canvas, "channels", "Tweede");
            CanvasTestData.note(kim, canvas, "channels", "Derde");
            CanvasTestData.note(kim, canvas, "channels", "Vierde");
            await().during(Duration.ofMillis(500))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> screen.events().size() == 1);

            // As when the event of sequence 5 arrives while those of 3 and 4 never did.
            feed.committed(UUID.fromString(canvas), 5);
            await().atMost(PROMPTLY).until(() -> screen.events().size() == 4);
        } finally {
            consumer.resume();
        }
        CanvasTestData.note(kim, canvas, "channels", "Vijfde");
        await().atMost(Duration.ofSeconds(5)).until(() -> screen.events().size() >= 5);
        screen.close();

        assertThat(screen.events()).extracting(SseClient.Event::id).containsExactly("2", "3", "4", "5", "6");
        assertThat(screen.events())
                .extracting(
                        event -> json.readTree(event.data()).at("/after/text").asText())
                .containsExactly("Eerste", "Tweede", "Derde", "Vierde", "Vijfde");
    }

    @Test
    void aQuietFeedSendsHeartbeatsAndEndsWithDeletedWhenTheCanvasIsDeleted() {
        String canvas = CanvasTestData.canvas(kim, group, "Stil");
        SseClient screen = SseClient.open(feedOf(canvas), kim, null);
        await().atMost(Duration.ofSeconds(5)).until(() -> screen.comments().contains("heartbeat"));

        given().auth()
                .oauth2(kim)
                .header("If-Match", CanvasTestData.canvasTag(kim, canvas))
                .when()
                .delete("/canvases/{c}", canvas)
                .then()
                .statusCode(204);

        await().atMost(Duration.ofSeconds(5)).until(screen::ended);
        assertThat(screen.events()).extracting(SseClient.Event::name).containsExactly("deleted");
        assertThat(screen.events().get(0).id()).isEqualTo("2");
        assertThat(SseClient.open(feedOf(canvas), kim, null).status()).isEqualTo(404);
    }

    @Test
    void onlyMembersOfTheCanvasLocalGroupMayFollowIt() {
        String canvas = CanvasTestData.canvas(kim, group, "Besloten");

        SseClient outsider =
                SseClient.open(feedOf(canvas), TestTokens.member("tom", CanvasTestData.localGroup()), null);
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.header("Content-Type")).startsWith("application/problem+json");
        assertThat(outsider.body()).contains("urn:problem-type:weconomics:not-found");

        SseClient anonymous = SseClient.open(feedOf(canvas), null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

        SseClient badResume = SseClient.open(feedOf(canvas), kim, "gisteren");
        assertThat(badResume.status()).isEqualTo(400);
        assertThat(badResume.body()).contains("Last-Event-ID");

        SseClient admin = SseClient.open(feedOf(canvas), CanvasTestData.ADMIN, "0");
        await().atMost(Duration.ofSeconds(5)).until(() -> admin.events().size() == 1);
        assertThat(admin.events().get(0).name()).isEqualTo("created");
        admin.close();
    }

    @Test
    void onePersonHoldsAFewFeedsAtMostAndGetsASlotBackWhenClosingOne() {
        String canvas = CanvasTestData.canvas(kim, group, "Veel schermen");
        String lien = TestTokens.member("lien-" + UUID.randomUUID(), group);
        List<SseClient> screens = new ArrayList<>();
        for (int i = 0; i < config.maxPerCaller(); i++) {
            screens.add(SseClient.open(feedOf(canvas), lien, null));
        }
        assertThat(screens).extracting(SseClient::status).containsOnly(200);

        SseClient oneTooMany = SseClient.open(feedOf(canvas), lien, null);
        assertThat(oneTooMany.status()).isEqualTo(429);
        assertThat(oneTooMany.header("Content-Type")).startsWith("application/problem+json");
        assertThat(oneTooMany.header("Retry-After"))
                .isEqualTo(String.valueOf(config.heartbeat().toSeconds()));
        assertThat(oneTooMany.body()).contains("urn:problem-type:weconomics:too-many-requests");
        SseClient someoneElse = SseClient.open(feedOf(canvas), kim, null);
        assertThat(someoneElse.status()).isEqualTo(200);
        someoneElse.close();

        // The closed connection is noticed at its next heartbeat; then the slot is free again.
        screens.remove(0).close();
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    SseClient again = SseClient.open(feedOf(canvas), lien, null);
                    if (again.status() == 200) {
                        screens.add(again);
                        return true;
                    }
                    return false;
                });
        screens.forEach(SseClient::close);
    }

    /** Acts, and checks that the screen shows the change by itself. */
    private static <T> T arrives(SseClient client, List<String> kinds, String kind, Supplier<T> action) {
        int expected = client.events().size() + 1;
        T result = action.get();
        kinds.add(kind);
        await().atMost(PROMPTLY).until(() -> client.events().size() >= expected);
        assertThat(client.events().get(expected - 1).name()).isEqualTo(kind);
        return result;
    }

    private static void arrives(SseClient client, List<String> kinds, String kind, Runnable action) {
        arrives(client, kinds, kind, () -> {
            action.run();
            return null;
        });
    }

    private URI feedOf(String canvas) {
        return URI.create(base.toString()).resolve("/canvases/" + canvas + "/feed");
    }
}
