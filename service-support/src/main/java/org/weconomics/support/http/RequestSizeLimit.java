package org.weconomics.support.http;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * Refuses request bodies over {@code weconomics.http.max-body-size} with a 413 problem. The HTTP layer's
 * own limit ({@code quarkus.http.limits.max-body-size}) sits higher, as a hard guard for bodies without a
 * length: its bare 413 carries no problem body, so the declared length is checked here first.
 */
public class RequestSizeLimit {

    private final long maxBodySize;

    public RequestSizeLimit(
            @ConfigProperty(name = "weconomics.http.max-body-size", defaultValue = "1M") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizeBodies(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(HttpHeaders.CONTENT_LENGTH, "is not a number");
        }
        if (length > maxBodySize) {
            throw new ProblemException(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "The body has " + length + " bytes; at most " + maxBodySize + " are accepted");
        }
    }
}
