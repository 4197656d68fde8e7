package org.weconomics.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import org.weconomics.support.problem.Problem;
import org.weconomics.support.problem.ProblemType;

/**
 * Ends a request with the platform's problem body, exactly as the services would: the gateway's own
 * refusals are indistinguishable in shape from the services' errors.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public void send(RoutingContext context, ProblemType type, String detail) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            // Part of an upstream answer is already on its way; all that is left is to cut it off.
            response.reset();
            return;
        }
        response.setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(type, detail, context.normalizedPath()));
    }

    public String body(ProblemType type, String detail, String path) {
        Problem problem =
                new Problem(type.uri(), type.title(), type.status(), detail, instanceOf(path), List.of(), null);
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem body cannot be written", e);
        }
    }

    private static URI instanceOf(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
