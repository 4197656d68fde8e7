package org.weconomics.endtoend;

import java.util.List;
import java.util.Map;
import org.weconomics.client.ApiClient;
import org.weconomics.client.ApiResponse;
import org.weconomics.infrastructure.platform.RefreshingToken;

/**
 * The Java client generated from the committed OpenAPI document (module {@code api-clients}), set up the way a
 * member's tooling sets it up: the gateway as base URI and a Keycloak access token on every request.
 */
final class GeneratedClients {

    private GeneratedClients() {}

    /** A client acting as a demo user of the running platform; its token is fetched again before it expires. */
    static ApiClient as(String username) {
        RefreshingToken token = new RefreshingToken(() -> RunningPlatform.token(username));
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningPlatform.gateway());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token.get()));
        return client;
    }

    /** The ETag of an answer, to send back in If-Match. */
    static String etag(ApiResponse<?> response) {
        return header(response, "ETag");
    }

    static String header(ApiResponse<?> response, String name) {
        for (Map.Entry<String, List<String>> header : response.getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        throw new AssertionError("No " + name + " header in the answer (" + response.getStatusCode() + "): "
                + response.getHeaders().keySet());
    }
}
