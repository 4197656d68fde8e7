package org.weconomics.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

class HeaderRulesTest {

    @Test
    void headersNamedInConnectionAreHopByHopToo() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Connection", "close, X-Secret")
                .add("X-Secret", "1")
                .add("Upgrade", "h2c")
                .add("Accept", "application/json");
        ForwardedHeaders.removeHopByHop(headers);
        assertThat(headers.names()).containsExactly("Accept");
    }

    @Test
    void anIpv6ClientIsQuotedInForwarded() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("X-Forwarded-Port", "1");
        ForwardedHeaders.replaceForwarding(
                headers, new ForwardedHeaders.Origin("::1", "https", "api.example", "/api/canvas"));
        assertThat(headers.get("Forwarded")).isEqualTo("for=\"[::1]\";proto=https;host=\"api.example\"");
        assertThat(headers.contains("X-Forwarded-Port")).isFalse();
    }

    @Test
    void traceparentMustFollowTheW3cFormat() {
        assertThat(TraceContext.isValid("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isTrue();
        assertThat(TraceContext.isValid("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .isFalse();
        assertThat(TraceContext.isValid("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isFalse();
        assertThat(TraceContext.isValid("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"))
                .isFalse();
    }

    @Test
    void tracestateWithoutTraceparentIsDropped() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("tracestate", "a=b");
        TraceContext.keepOnlyValid(headers);
        assertThat(headers.isEmpty()).isTrue();
    }

    @Test
    void theServiceSeesItsOwnPathAndQuery() {
        assertThat(GatewayPaths.upstreamUri("/api/canvas", "/api/canvas/canvases?size=5"))
                .isEqualTo("/canvases?size=5");
        assertThat(GatewayPaths.upstreamUri("/api/canvas", "/api/canvas")).isEqualTo("/");
        assertThat(GatewayPaths.upstreamUri("/api/canvas", "/api/canvas?x=1")).isEqualTo("/?x=1");
        assertThat(GatewayPaths.routeOf("/api/finance/x")).isEqualTo("finance");
        assertThat(GatewayPaths.routeOf("/openapi")).isNull();
    }

    @Test
    void requestIdsAreKeptOnlyWhenHarmless() {
        assertThat(RequestIds.acceptOrCreate("abc-123")).isEqualTo("abc-123");
        assertThat(RequestIds.acceptOrCreate("a".repeat(129))).hasSize(36);
        assertThat(RequestIds.acceptOrCreate("line\nbreak")).hasSize(36);
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
    }
}
