package org.weconomics.endtoend.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.weconomics.endtoend.RunningPlatform;
import org.weconomics.infrastructure.platform.RefreshingToken;
import org.weconomics.infrastructure.quarkus.QuarkusApplication;

/**
 * Services killed with {@code kill -9} while partnerships are being created: first partnership-service
 * (the writer, between its commits and its outbox relay), then finance-service (the consumer, between
 * applying events and committing its offsets). After each restart every acknowledged partnership is there,
 * its event was published, and finance-service made exactly one earnings model for it.
 */
@ExtendWith({RunningPlatform.class, ResilienceStack.class})
class ServiceCrashIT {

    private static final double WRITES_PER_SECOND = 10;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void acknowledgedWritesAndTheirEventsSurviveKilledServices() throws Exception {
        ResilienceStack stack = ResilienceStack.get();
        StoredData stored = new StoredData(stack);
        RefreshingToken anna = new RefreshingToken(() -> RunningPlatform.token("anna"));
        QuarkusApplication partnerships = stack.service("partnership-service");
        QuarkusApplication finance = stack.service("finance-service");
        String prefix = "Service crash " + Long.toString(System.currentTimeMillis(), 36);
        FixedRateWrites writes = FixedRateWrites.partnerships(partnerships.baseUrl(), anna, prefix)
                .start(WRITES_PER_SECOND);
        Instant begin = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> writes.acknowledgedSince(begin) >= 30);

        Duration writerRestart = killAndRestart(partnerships);
        Instant writerBack = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> writes.acknowledgedSince(writerBack) >= 20);
        Duration consumerRestart = killAndRestart(finance);
        Instant consumerBack = Instant.now();
        await().atMost(Duration.ofSeconds(30)).until(() -> writes.acknowledgedSince(consumerBack) >= 20);
        List<FixedRateWrites.Outcome> outcomes = writes.stop();

        Set<String> acknowledged = outcomes.stream()
                .filter(outcome -> outcome.acknowledged(201))
                .map(FixedRateWrites.Outcome::id)
                .collect(Collectors.toSet());
        long readable = acknowledged.stream()
                .filter(id -> readable(partnerships.baseUrl() + "/partnerships/" + id, anna.get()))
                .count();
        Set<String> storedPartnerships = stored.partnershipsNamed(prefix);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> stored.modelsPerPartnership(storedPartnerships).size() == storedPartnerships.size());
        await().atMost(Duration.ofMinutes(1)).until(() -> stored.unpublishedEvents("partnership-service") == 0);
        Map<String, Integer> models = stored.modelsPerPartnership(storedPartnerships);
        Map<String, Integer> createdEvents = stored.modelCreatedEventsPerPartnership(storedPartnerships);
        long duplicates = models.values().stream().filter(count -> count > 1).count()
                + createdEvents.values().stream().filter(count -> count > 1).count();

        new ResilienceReport(
                        "2-service-killed",
                        "Services killed with kill -9 during writes",
                        "Partnerships created directly at partnership-service at " + (int) WRITES_PER_SECOND
                                + "/s. partnership-service is killed (`Process.destroyForcibly`, SIGKILL) and started "
                                + "again; then finance-service likewise. Afterwards every acknowledged partnership must "
                                + "be readable, its `partnership.created` event published, and exactly one earnings model "
                                + "made for it.")
                .figure("writes tried", outcomes.size())
                .figure("acknowledged (201)", acknowledged.size())
                .figure("not acknowledged (service down)", outcomes.size() - acknowledged.size())
                .figure("acknowledged and readable after the restarts", readable)
                .figure("partnerships stored (acknowledged or not)", storedPartnerships.size())
                .figure("earnings models found afterwards", models.size())
                .figure("partnerships with more than one model or created event", duplicates)
                .figure("partnership-service: kill → ready again", writerRestart)
                .figure("finance-service: kill → ready again", consumerRestart)
                .conclusion(
                        readable == acknowledged.size() && models.size() == storedPartnerships.size() && duplicates == 0
                                ? "Lost: nothing. Duplicated: nothing."
                                : "LOST OR DUPLICATED WRITES: see the figures.")
                .write();

        assertThat(readable).as("every acknowledged write is readable").isEqualTo(acknowledged.size());
        assertThat(storedPartnerships).containsAll(acknowledged);
        assertThat(models.keySet())
                .as("every stored partnership's event was published and applied")
                .isEqualTo(storedPartnerships);
        assertThat(models.values()).as("one model per partnership").containsOnly(1);
        assertThat(createdEvents.values()).as("one created event per model").containsOnly(1);
    }

    private static Duration killAndRestart(QuarkusApplication service) {
        Instant killed = Instant.now();
        service.kill();
        service.start();
        return Duration.between(killed, Instant.now());
    }

    private static boolean readable(String url, String token) {
        try {
            return HTTP.send(
                                    HttpRequest.newBuilder(URI.create(url))
                                            .header("Authorization", "Bearer " + token)
                                            .timeout(Duration.ofSeconds(10))
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
