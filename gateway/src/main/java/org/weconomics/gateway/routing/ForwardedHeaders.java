package org.weconomics.gateway.routing;

import io.vertx.core.MultiMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cleans the headers crossing the gateway: hop-by-hop headers belong to one connection and never travel
 * on, and what a client claims about forwarding is replaced by what the gateway itself saw.
 */
public final class ForwardedHeaders {

    /** RFC 9110 section 7.6.1, plus the de-facto ones proxies use. */
    static final Set<String> HOP_BY_HOP = Set.of(
            "connection",
            "keep-alive",
            "proxy-connection",
            "proxy-authenticate",
            "proxy-authorization",
            "te",
            "trailer",
            "transfer-encoding",
            "upgrade");

    private static final Set<String> SPOOFABLE =
            Set.of("forwarded", "x-real-ip", "x-client-ip", "true-client-ip", "x-original-forwarded-for");

    private ForwardedHeaders() {}

    /** Removes the headers that describe the connection they came on, including those named in {@code Connection}. */
    public static void removeHopByHop(MultiMap headers) {
        List<String> named = new ArrayList<>();
        for (String connection : headers.getAll("connection")) {
            for (String name : connection.split(",")) {
                if (!name.isBlank()) {
                    named.add(name.trim());
                }
            }
        }
        named.forEach(headers::remove);
        HOP_BY_HOP.forEach(headers::remove);
    }

    /** Replaces every client-supplied forwarding header by the gateway's own account of the request. */
    public static void replaceForwarding(MultiMap headers, Origin origin) {
        List<String> names = new ArrayList<>(headers.names());
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("x-forwarded-") || SPOOFABLE.contains(lower)) {
                headers.remove(name);
            }
        }
        headers.set("X-Forwarded-For", origin.clientIp());
        headers.set("X-Forwarded-Proto", origin.scheme());
        headers.set("X-Forwarded-Host", origin.host());
        headers.set("X-Forwarded-Prefix", origin.prefix());
        headers.set(
                "Forwarded",
                "for=" + forwardedNode(origin.clientIp()) + ";proto=" + origin.scheme() + ";host=\"" + origin.host()
                        + "\"");
    }

    /** IPv6 addresses are quoted and bracketed in {@code Forwarded} (RFC 7239 section 6). */
    static String forwardedNode(String ip) {
        return ip.contains(":") ? "\"[" + ip + "]\"" : ip;
    }

    /**
     * How the request reached the gateway.
     *
     * @param clientIp the address of the caller (or of the trusted proxy's client, when forwarding is trusted)
     * @param scheme http or https
     * @param host the host the caller addressed
     * @param prefix the gateway path prefix the service sits under, e.g. {@code /api/canvas}
     */
    public record Origin(String clientIp, String scheme, String host, String prefix) {}
}
