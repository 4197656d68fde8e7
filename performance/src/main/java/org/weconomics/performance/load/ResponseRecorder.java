package org.weconomics.performance.load;

import io.gatling.javaapi.core.Session;
import java.time.Duration;
import org.weconomics.performance.measure.Samples;

/**
 * Collects every answer of a Gatling run as it comes (Gatling 3.14 writes its figures only into the HTML
 * report and a binary log): the response time Gatling measured, and whether the answer was the expected one.
 * A request that got no answer within Gatling's request timeout counts with that timeout as its time, so
 * that a stall raises the percentiles instead of disappearing from them.
 */
final class ResponseRecorder {

    static final String RESPONSE_TIME = "responseTimeMillis";

    private final Samples times = new Samples();
    private final Duration timeout;
    private long failed;

    ResponseRecorder(Duration timeout) {
        this.timeout = timeout;
    }

    Session record(Session session) {
        long millis = session.contains(RESPONSE_TIME) ? session.getInt(RESPONSE_TIME) : timeout.toMillis();
        times.add(Duration.ofMillis(millis).toNanos());
        if (session.isFailed()) {
            synchronized (this) {
                failed++;
            }
        }
        return session.remove(RESPONSE_TIME).markAsSucceeded();
    }

    synchronized LatencyFigures figures(Duration duration) {
        return new LatencyFigures(
                times.count(),
                failed,
                times.percentileMillis(50),
                times.percentileMillis(99),
                times.percentileMillis(99.9),
                times.maxMillis(),
                times.count() / (double) duration.toSeconds());
    }
}
