package org.weconomics.performance.load;

import java.time.Duration;
import java.util.List;

/**
 * One load to put on the platform: which request, against which paths (taken in turn), and how requests
 * arrive — at a fixed rate whatever the answers take (open model, so a stall shows in the figures
 * instead of slowing the load down), or from a fixed number of callers that each wait for their answer
 * (closed model, for the highest throughput).
 */
public record LoadSpec(
        String name,
        String baseUrl,
        String token,
        String method,
        List<String> paths,
        String body,
        int expectedStatus,
        Arrival arrival,
        Duration duration) {

    public LoadSpec {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("A load needs at least one path");
        }
        paths = List.copyOf(paths);
    }

    /** How requests arrive. */
    public sealed interface Arrival {}

    /** A new request every {@code 1/perSecond} seconds, whatever the answers take. */
    public record FixedRate(double perSecond) implements Arrival {}

    /** {@code callers} callers, each sending its next request when the previous one is answered. */
    public record ClosedLoop(int callers) implements Arrival {}

    public static LoadSpec get(String name, String baseUrl, String token, List<String> paths) {
        return new LoadSpec(name, baseUrl, token, "GET", paths, null, 200, null, null);
    }

    public static LoadSpec post(String name, String baseUrl, String token, List<String> paths, String body) {
        return new LoadSpec(name, baseUrl, token, "POST", paths, body, 201, null, null);
    }

    public LoadSpec at(Arrival arrival, Duration duration) {
        return new LoadSpec(name, baseUrl, token, method, paths, body, expectedStatus, arrival, duration);
    }

    /** The same load with another token (tokens live five minutes; a run takes longer). */
    public LoadSpec withToken(String newToken) {
        return new LoadSpec(name, baseUrl, newToken, method, paths, body, expectedStatus, arrival, duration);
    }

    public LoadSpec named(String newName) {
        return new LoadSpec(newName, baseUrl, token, method, paths, body, expectedStatus, arrival, duration);
    }
}
