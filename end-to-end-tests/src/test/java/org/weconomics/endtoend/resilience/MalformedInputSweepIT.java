package org.weconomics.endtoend.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.weconomics.endtoend.RunningPlatform;
import org.weconomics.infrastructure.platform.RefreshingToken;

/**
 * Every write route (POST, PUT, PATCH, DELETE) of the gateway's merged OpenAPI document gets malformed
 * bodies, bodies over the size limit, fields of the wrong type, unknown fields, and text fields holding a NUL,
 * other control characters or 100,000 characters (see {@link BadRequests}), aimed at real objects
 * and with their current {@code If-Match} where the route takes one, so that only the body is wrong. Every
 * answer must be a 4xx {@code application/problem+json}, never a 5xx, and a read of all the data before and
 * after must be the same.
 */
@ExtendWith(RunningPlatform.class)
class MalformedInputSweepIT {

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");

    /** One answer that broke the rule. */
    private record Violation(String method, String path, String kind, int status, String contentType, String body) {

        @Override
        public String toString() {
            return method + " " + path + " (" + kind + "): " + status + " " + contentType + " "
                    + body.substring(0, Math.min(200, body.length()));
        }
    }

    @Test
    void everyWriteRouteRefusesBadInputWithAProblemAndChangesNothing() {
        GatewayCalls admin = new GatewayCalls(new RefreshingToken(() -> RunningPlatform.token("admin")));
        HttpResponse<String> openApi = admin.get("/openapi");
        assertThat(openApi.statusCode()).isEqualTo(200);
        JsonNode document = GatewayCalls.parse(openApi.body());
        SweepFixture fixture = new SweepFixture(admin).create();
        Map<String, String> before = settled(fixture);

        int routes = 0;
        int requests = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Violation> violations = new ArrayList<>();
        List<String> withoutVersion = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!WRITE_METHODS.contains(operation.getKey())) {
                    continue;
                }
                routes++;
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                String target = fixture.resolve(path.getKey());
                boolean hasBody = operation.getValue().path("requestBody").has("content");
                // Where the route takes a body and a version, the version is right: only the body is wrong.
                // Without a body (deletes, actions) it is left out, so that the route refuses with 428.
                Optional<String> ifMatch = hasBody && takesIfMatch(operation.getValue())
                        ? currentEntityTag(admin, target)
                        : Optional.empty();
                if (hasBody && takesIfMatch(operation.getValue()) && ifMatch.isEmpty()) {
                    withoutVersion.add(method + " " + path.getKey());
                }
                for (BadRequests.BadRequest bad : BadRequests.forRoute(operation.getValue(), document)) {
                    requests++;
                    HttpRequest.Builder request = admin.request(target)
                            .header("Content-Type", bad.contentType())
                            .header("Accept", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofByteArray(bad.body()));
                    ifMatch.ifPresent(tag -> request.header("If-Match", tag));
                    HttpResponse<String> response = admin.send(request.build());
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    String contentType =
                            response.headers().firstValue("Content-Type").orElse("");
                    if (response.statusCode() / 100 != 4 || !contentType.startsWith("application/problem+json")) {
                        violations.add(new Violation(
                                method,
                                path.getKey(),
                                bad.kind(),
                                response.statusCode(),
                                contentType,
                                response.body()));
                    }
                }
            }
        }
        Map<String, String> after = fixture.snapshot();
        List<String> changed = before.keySet().stream()
                .filter(read -> !Objects.equals(before.get(read), after.get(read)))
                .toList();

        new ResilienceReport(
                        "5-malformed-input-sweep",
                        "Malformed input on every write route, through the gateway",
                        "Every POST, PUT, PATCH and DELETE of the merged OpenAPI document (`/openapi`), aimed at real "
                                + "objects of a fixture and, where the route takes a body and a version, with the current "
                                + "`If-Match`: a malformed body in the route's media type, a body over 1 MB, each declared "
                                + "field with a value of a wrong type, an unknown field, and each text field (nested ones too) of a "
                                + "plausible body with a NUL, with ESC and backspace, or with 100,000 characters. A read of "
                                + before.size() + " resources and lists before and after is compared.")
                .figure("write routes", routes)
                .figure("bad requests sent", requests)
                .figure(
                        "answers by status",
                        statuses.entrySet().stream()
                                .map(entry -> entry.getValue() + " × " + entry.getKey())
                                .collect(Collectors.joining(", ")))
                .figure(
                        "answers that were not a 4xx problem+json (5xx among them)",
                        violations.size() + " ("
                                + violations.stream()
                                        .filter(v -> v.status() >= 500)
                                        .count() + ")")
                .figure("reads that changed", changed.size() + " of " + before.size())
                .figure(
                        "routes with a body whose version could not be read (sent without If-Match)",
                        withoutVersion.isEmpty() ? "none" : String.join(", ", withoutVersion))
                .conclusion(
                        violations.isEmpty() && changed.isEmpty()
                                ? "Every bad request was refused with a problem; nothing stored changed."
                                : "VIOLATIONS: " + violations + " CHANGED: " + changed)
                .write();

        assertThat(violations).as("answers that are not a 4xx problem").isEmpty();
        assertThat(changed).as("reads that changed").isEmpty();
        assertThat(routes).as("write routes in the merged document").isGreaterThan(40);
    }

    private static boolean takesIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if ("header".equals(parameter.path("in").asText())
                    && "If-Match".equalsIgnoreCase(parameter.path("name").asText())) {
                return true;
            }
        }
        return false;
    }

    /** The ETag of the resource the path names, or of the nearest resource above it that has one. */
    private static Optional<String> currentEntityTag(GatewayCalls gateway, String path) {
        for (String candidate = path;
                candidate.split("/").length > 3;
                candidate = candidate.substring(0, candidate.lastIndexOf('/'))) {
            HttpResponse<String> read = gateway.get(candidate);
            Optional<String> tag = read.headers().firstValue("ETag");
            if (read.statusCode() == 200 && tag.isPresent()) {
                return tag;
            }
        }
        return Optional.empty();
    }

    /** A snapshot once the fixture's events have settled: two reads in a row the same. */
    private static Map<String, String> settled(SweepFixture fixture) {
        AtomicReference<Map<String, String>> previous = new AtomicReference<>(Map.of());
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(
                        () -> {
                            Map<String, String> now = fixture.snapshot();
                            return now.equals(previous.getAndSet(now)) ? now : null;
                        },
                        Objects::nonNull);
    }
}
