package org.weconomics.performance.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one Gatling simulation of the harness, shaped by the {@link LoadSpec} that {@link GatlingRun}
 * hands over: Gatling instantiates simulations by class name, so the spec travels through
 * {@link GatlingRun#currentSpec()}.
 */
public class PlatformLoadSimulation extends Simulation {

    public PlatformLoadSimulation() {
        LoadSpec spec = GatlingRun.currentSpec();
        ResponseRecorder recorder = GatlingRun.currentRecorder();
        // Shared connections: a pool that grows when every connection is busy, so requests never queue in the client.
        HttpProtocolBuilder protocol = http.baseUrl(spec.baseUrl())
                .shareConnections()
                .acceptHeader("application/json")
                .authorizationHeader("Bearer " + spec.token());
        HttpRequestActionBuilder request = "GET".equals(spec.method())
                ? http(spec.name()).get("#{path}")
                : http(spec.name())
                        .httpRequest(spec.method(), "#{path}")
                        .body(StringBody(spec.body()))
                        .asJson();
        ScenarioBuilder scenario = scenario(spec.name())
                .feed(inTurn(spec.paths()))
                .exec(request.check(
                        responseTimeInMillis().saveAs(ResponseRecorder.RESPONSE_TIME),
                        status().is(spec.expectedStatus())))
                .exec(recorder::record);
        PopulationBuilder population;
        if (spec.arrival() instanceof LoadSpec.FixedRate rate) {
            population =
                    scenario.injectOpen(constantUsersPerSec(rate.perSecond()).during(spec.duration()));
        } else if (spec.arrival() instanceof LoadSpec.ClosedLoop loop) {
            population = scenario.injectClosed(
                    constantConcurrentUsers(loop.callers()).during(spec.duration()));
        } else {
            throw new IllegalArgumentException("No arrival given for " + spec.name());
        }
        setUp(population).protocols(protocol);
    }

    private static Iterator<Map<String, Object>> inTurn(List<String> paths) {
        return Stream.iterate(0L, i -> i + 1)
                .map(i -> Map.<String, Object>of("path", paths.get((int) (i % paths.size()))))
                .iterator();
    }
}
