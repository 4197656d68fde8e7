package org.weconomics.support.concurrency;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.weconomics.support.problem.Problem;

/** Gives every response that carries a {@link Versioned} representation its {@code ETag}. */
public class EntityTagFilter {

    @ServerResponseFilter
    public void tagVersionedRepresentations(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity instanceof Versioned versioned && !HttpMethod.DELETE.equals(request.getMethod())) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, IfMatch.entityTag(versioned.version()));
        } else if (entity instanceof Problem problem && problem.current() instanceof Versioned current) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, IfMatch.entityTag(current.version()));
        }
    }
}
