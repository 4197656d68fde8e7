package org.weconomics.gateway.routing;

import java.util.concurrent.TimeoutException;
import org.weconomics.support.problem.ProblemType;

/** What a failure to get an answer from a service means to the caller. */
final class UpstreamFailures {

    private UpstreamFailures() {}

    /** A service that took too long is a 504; one that cannot be reached (down, refusing, pool full) a 503. */
    static ProblemType classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return ProblemType.GATEWAY_TIMEOUT;
            }
        }
        return ProblemType.SERVICE_UNAVAILABLE;
    }

    static String detail(ProblemType type, String route) {
        return type == ProblemType.GATEWAY_TIMEOUT
                ? "The " + route + " service did not answer in time; the request may or may not have taken effect"
                : "The " + route + " service cannot be reached right now; try again shortly";
    }
}
