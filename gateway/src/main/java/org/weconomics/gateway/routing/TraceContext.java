package org.weconomics.gateway.routing;

import io.vertx.core.MultiMap;
import java.util.regex.Pattern;

/**
 * W3C trace context (https://www.w3.org/TR/trace-context/): passed on untouched when well-formed, so a
 * trace started by the caller continues in the services; a malformed one is dropped with its state,
 * as the specification asks of a participant that cannot parse it.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private static final Pattern TRACEPARENT_FORMAT =
            Pattern.compile("[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final String INVALID_VERSION = "ff";
    private static final String ZERO_TRACE_ID = "0".repeat(32);
    private static final String ZERO_PARENT_ID = "0".repeat(16);

    private TraceContext() {}

    public static void keepOnlyValid(MultiMap headers) {
        String traceparent = headers.get(TRACEPARENT);
        if (traceparent != null && !isValid(traceparent)) {
            headers.remove(TRACEPARENT);
            headers.remove(TRACESTATE);
        }
        if (traceparent == null) {
            headers.remove(TRACESTATE);
        }
    }

    static boolean isValid(String traceparent) {
        if (!TRACEPARENT_FORMAT.matcher(traceparent).matches()) {
            return false;
        }
        String[] parts = traceparent.split("-");
        return !parts[0].equals(INVALID_VERSION) && !parts[1].equals(ZERO_TRACE_ID) && !parts[2].equals(ZERO_PARENT_ID);
    }
}
