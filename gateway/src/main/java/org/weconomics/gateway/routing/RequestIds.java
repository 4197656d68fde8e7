package org.weconomics.gateway.routing;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code X-Request-Id} that ties a caller's request to the gateway's and services' logs: the caller's
 * own when it is a sane token, a fresh UUID otherwise (an arbitrary string would let callers inject into logs).
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {}

    public static String acceptOrCreate(String offered) {
        return offered != null && ACCEPTABLE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
    }
}
