package org.weconomics.performance.load;

/**
 * What one Gatling run measured, response times in milliseconds (Gatling's resolution).
 *
 * @param requests every request sent
 * @param failed those that did not get the expected status in time
 * @param perSecond requests sent per second over the run
 */
public record LatencyFigures(
        long requests, long failed, double p50, double p99, double p999, double max, double perSecond) {

    public double errorPercent() {
        return requests == 0 ? 0 : 100.0 * failed / requests;
    }
}
