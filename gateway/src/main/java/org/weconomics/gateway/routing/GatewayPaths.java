package org.weconomics.gateway.routing;

/** The gateway's path layout: every service under {@code /api/<route>}, its own paths below. */
public final class GatewayPaths {

    public static final String API = "/api";

    private GatewayPaths() {}

    public static String prefixOf(String route) {
        return API + "/" + route;
    }

    /** The route a gateway path belongs to ({@code /api/canvas/canvases} → {@code canvas}), or null. */
    public static String routeOf(String path) {
        if (path == null || !path.startsWith(API + "/")) {
            return null;
        }
        String rest = path.substring(API.length() + 1);
        int slash = rest.indexOf('/');
        String route = slash < 0 ? rest : rest.substring(0, slash);
        return route.isEmpty() ? null : route;
    }

    /** The service-side path of a gateway path; empty when there is none. */
    public static String servicePath(String route, String path) {
        return path.substring(prefixOf(route).length());
    }

    /** The request target sent to the service: the gateway's target without the route prefix. */
    static String upstreamUri(String prefix, String gatewayUri) {
        String rest = gatewayUri.substring(prefix.length());
        return rest.isEmpty() || rest.startsWith("?") ? "/" + rest : rest;
    }
}
