package org.weconomics.endtoend.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.weconomics.endtoend.RunningPlatform;
import org.weconomics.infrastructure.platform.PlatformServices;
import org.weconomics.infrastructure.platform.RefreshingToken;
import org.weconomics.infrastructure.quarkus.QuarkusApplication;

/**
 * PostgreSQL stops and starts again while the services are under load: every service gets healthy again and
 * takes writes again without being restarted itself (same process), and what it acknowledged is stored.
 */
@ExtendWith({RunningPlatform.class, ResilienceStack.class})
class PostgresRestartIT {

    private static final Duration DOWN = Duration.ofSeconds(5);
    private static final Duration RECOVERY_DEADLINE = Duration.ofSeconds(90);
    private static final double WRITES_PER_SECOND = 5;
    private static final double BURST_PER_SECOND = 100;
    private static final int BURST = 30;
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theServicesRecoverOnTheirOwnAfterTheDatabaseRestarts() throws Exception {
        ResilienceStack stack = ResilienceStack.get();
        StoredData stored = new StoredData(stack);
        RefreshingToken anna = new RefreshingToken(() -> RunningPlatform.token("anna"));
        Map<String, Long> pids = new LinkedHashMap<>();
        PlatformServices.MODULES.forEach(
                module -> pids.put(module, stack.service(module).pid()));
        String prefix = "Database restart " + Long.toString(System.currentTimeMillis(), 36);
        String financeModel = financeModelToWrite(stack, anna, prefix + " model");

        FixedRateWrites partnerships = FixedRateWrites.partnerships(
                        stack.service("partnership-service").baseUrl(), anna, prefix)
                .start(WRITES_PER_SECOND);
        FixedRateWrites canvases = FixedRateWrites.posts(
                        stack.service("canvas-service").baseUrl() + "/canvases",
                        anna,
                        index -> "{\"localGroup\":\"gent\",\"templateKey\":\"blended-business-model-canvas\","
                                + "\"templateVersion\":1,\"title\":\"" + prefix + " " + index + "\"}",
                        201)
                .start(WRITES_PER_SECOND);
        Instant begin = Instant.now();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> partnerships.acknowledgedSince(begin) >= 10 && canvases.acknowledgedSince(begin) >= 10);

        // A burst just before the stop, so that partnership events are on their way to finance-service while
        // its database is away: they must wait for it rather than be dead-lettered.
        FixedRateWrites burst = FixedRateWrites.partnerships(
                        stack.service("partnership-service").baseUrl(), anna, prefix + " burst")
                .start(BURST_PER_SECOND);
        await().atMost(Duration.ofSeconds(30)).until(() -> burst.sent() >= BURST);
        List<FixedRateWrites.Outcome> burstOutcomes = burst.stop();
        Set<String> beforeStop = stored.partnershipsNamed(prefix + " ");
        int eventsInFlight =
                beforeStop.size() - stored.modelsPerPartnership(beforeStop).size();

        stack.stopPostgres();
        Instant stopped = Instant.now();
        await().atMost(DOWN.plusSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Duration.between(stopped, Instant.now()).compareTo(DOWN) >= 0);
        stack.startPostgres();
        Instant restarted = Instant.now();

        Map<String, Duration> healthy = new TreeMap<>();
        for (String module : PlatformServices.MODULES) {
            QuarkusApplication service = stack.service(module);
            await().atMost(RECOVERY_DEADLINE)
                    .pollInterval(Duration.ofMillis(100))
                    .until(service::isReady);
            healthy.put(module, Duration.between(restarted, Instant.now()));
        }
        Instant financeWritten = await().atMost(RECOVERY_DEADLINE)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> changeCurrency(stack, anna, financeModel), Optional::isPresent)
                .orElseThrow();
        await().atMost(RECOVERY_DEADLINE)
                .until(() ->
                        partnerships.acknowledgedSince(restarted) > 0 && canvases.acknowledgedSince(restarted) > 0);
        Instant recovered = Instant.now();
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        partnerships.acknowledgedSince(recovered) >= 20 && canvases.acknowledgedSince(recovered) >= 20);
        List<FixedRateWrites.Outcome> partnershipOutcomes = partnerships.stop();
        List<FixedRateWrites.Outcome> canvasOutcomes = canvases.stop();

        Set<String> acknowledgedPartnerships = ids(partnershipOutcomes);
        acknowledgedPartnerships.addAll(ids(burstOutcomes));
        Set<String> storedPartnerships = stored.partnershipsNamed(prefix + " ");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> stored.modelsPerPartnership(storedPartnerships).size() == storedPartnerships.size());
        Map<String, Long> pidsAfter = new LinkedHashMap<>();
        PlatformServices.MODULES.forEach(
                module -> pidsAfter.put(module, stack.service(module).pid()));

        ResilienceReport report = new ResilienceReport(
                        "3-postgres-restart",
                        "PostgreSQL restarted under load",
                        "Partnerships (partnership-service) and canvases (canvas-service) created at "
                                + (int) WRITES_PER_SECOND + "/s each, and a burst of " + BURST + " partnerships just "
                                + "before the stop so that their events reach finance-service while the database is "
                                + "away; PostgreSQL is stopped (fast shutdown, every "
                                + "connection cut), left down " + DOWN.toSeconds() + " s and started again on the same "
                                + "data. The services are not touched. Measured from the database's restart: when each "
                                + "service's readiness is UP again and when it takes a write again (finance-service: "
                                + "changing an earnings model; it also keeps making models from the partnership events).")
                .figure("database down", ResilienceReport.seconds(Duration.between(stopped, restarted)));
        healthy.forEach((module, duration) -> report.figure(module + ": readiness UP again after", duration));
        report.figure(
                        "partnership-service: first write acknowledged after",
                        firstAcknowledgedAfter(partnershipOutcomes, restarted))
                .figure(
                        "canvas-service: first write acknowledged after",
                        firstAcknowledgedAfter(canvasOutcomes, restarted))
                .figure("finance-service: first write acknowledged after", Duration.between(restarted, financeWritten))
                .figure("writes tried (partnerships + canvases)", partnershipOutcomes.size() + canvasOutcomes.size())
                .figure(
                        "refused or unanswered while the database was away",
                        statusesWhileDown(partnershipOutcomes, canvasOutcomes, stopped, recovered))
                .figure(
                        "writes sent after recovery, acknowledged",
                        acknowledgedAfter(partnershipOutcomes, recovered) + acknowledgedAfter(canvasOutcomes, recovered)
                                + " of "
                                + (sentAfter(partnershipOutcomes, recovered) + sentAfter(canvasOutcomes, recovered)))
                .figure(
                        "partnership events not yet applied by finance-service when the database stopped",
                        eventsInFlight)
                .figure(
                        "acknowledged partnerships stored, with their earnings model",
                        acknowledgedPartnerships.stream()
                                        .filter(storedPartnerships::contains)
                                        .count()
                                + " of " + acknowledgedPartnerships.size())
                .figure("services restarted", pids.equals(pidsAfter) ? "none (same processes)" : "SOME: " + pidsAfter)
                .conclusion("Lost: nothing acknowledged. While the database was away the services answered 503 "
                        + "problems with Retry-After (never a 500); they reconnected by themselves.")
                .write();

        assertThat(Stream.concat(partnershipOutcomes.stream(), canvasOutcomes.stream())
                        .filter(outcome -> outcome.status() != 201 && outcome.status() != 0))
                .as("writes refused while the database was away: 503 problems to retry, never a 500")
                .allSatisfy(outcome -> {
                    assertThat(outcome.status()).isEqualTo(503);
                    assertThat(outcome.contentType()).startsWith("application/problem+json");
                });
        assertThat(pidsAfter).as("no service was restarted").isEqualTo(pids);
        assertThat(storedPartnerships).containsAll(acknowledgedPartnerships);
        assertThat(stored.modelsPerPartnership(storedPartnerships).values()).containsOnly(1);
        assertThat(acknowledgedAfter(partnershipOutcomes, recovered))
                .as("every partnership write after recovery succeeds")
                .isEqualTo(sentAfter(partnershipOutcomes, recovered));
        assertThat(acknowledgedAfter(canvasOutcomes, recovered))
                .as("every canvas write after recovery succeeds")
                .isEqualTo(sentAfter(canvasOutcomes, recovered));
    }

    /** A partnership whose earnings model finance-service has made; returns the model's id. */
    private static String financeModelToWrite(ResilienceStack stack, RefreshingToken anna, String name)
            throws Exception {
        HttpResponse<String> created = HTTP.send(
                FixedRateWrites.json(
                        stack.service("partnership-service").baseUrl() + "/partnerships",
                        anna,
                        "{\"localGroup\":\"gent\",\"name\":\"" + name + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String partnership = JSON.readTree(created.body()).path("id").asText();
        HttpResponse<String> model = await().atMost(Duration.ofSeconds(60))
                .until(
                        () -> get(
                                stack.service("finance-service").baseUrl() + "/earnings-models?partnershipId="
                                        + partnership,
                                anna),
                        response ->
                                response.statusCode() == 200 && response.body().contains("\"totalItems\":1"));
        return JSON.readTree(model.body()).path("items").path(0).path("id").asText();
    }

    /** Reads the model and changes its currency with the version read; the time of success, or empty. */
    private static Optional<Instant> changeCurrency(ResilienceStack stack, RefreshingToken anna, String model) {
        try {
            String url = stack.service("finance-service").baseUrl() + "/earnings-models/" + model;
            HttpResponse<String> read = get(url, anna);
            if (read.statusCode() != 200) {
                return Optional.empty();
            }
            String currency =
                    JSON.readTree(read.body()).path("currency").asText().equals("EUR") ? "USD" : "EUR";
            HttpResponse<String> written = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(10))
                            .header("Authorization", "Bearer " + anna.get())
                            .header("Content-Type", "application/json")
                            .header(
                                    "If-Match",
                                    read.headers().firstValue("ETag").orElse("\"0\""))
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"currency\":\"" + currency + "\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return written.statusCode() == 200 ? Optional.of(Instant.now()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static HttpResponse<String> get(String url, RefreshingToken token)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .header("Authorization", "Bearer " + token.get())
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Set<String> ids(List<FixedRateWrites.Outcome> outcomes) {
        return outcomes.stream()
                .filter(outcome -> outcome.acknowledged(201))
                .map(FixedRateWrites.Outcome::id)
                .collect(Collectors.toCollection(HashSet::new));
    }

    private static String firstAcknowledgedAfter(List<FixedRateWrites.Outcome> outcomes, Instant restarted) {
        return outcomes.stream()
                .filter(outcome ->
                        outcome.acknowledged(201) && outcome.answeredAt().isAfter(restarted))
                .map(outcome -> Duration.between(restarted, outcome.answeredAt()))
                .min(Duration::compareTo)
                .map(ResilienceReport::seconds)
                .orElse("never");
    }

    /** The answers other than 201 between the stop and the recovery, by status (0: no answer). */
    private static String statusesWhileDown(
            List<FixedRateWrites.Outcome> partnerships,
            List<FixedRateWrites.Outcome> canvases,
            Instant stopped,
            Instant recovered) {
        Map<Integer, Long> statuses = new TreeMap<>(Stream.concat(partnerships.stream(), canvases.stream())
                .filter(outcome -> !outcome.acknowledged(201)
                        && !outcome.sentAt().isBefore(stopped.minusSeconds(1))
                        && outcome.sentAt().isBefore(recovered))
                .collect(Collectors.groupingBy(FixedRateWrites.Outcome::status, Collectors.counting())));
        return statuses.isEmpty()
                ? "none"
                : statuses.entrySet().stream()
                        .map(entry -> entry.getValue() + " × " + (entry.getKey() == 0 ? "no answer" : entry.getKey()))
                        .collect(Collectors.joining(", "));
    }

    private static long sentAfter(List<FixedRateWrites.Outcome> outcomes, Instant recovered) {
        return outcomes.stream()
                .filter(outcome -> outcome.sentAt().isAfter(recovered))
                .count();
    }

    private static long acknowledgedAfter(List<FixedRateWrites.Outcome> outcomes, Instant recovered) {
        return outcomes.stream()
                .filter(outcome -> outcome.sentAt().isAfter(recovered) && outcome.acknowledged(201))
                .count();
    }
}
