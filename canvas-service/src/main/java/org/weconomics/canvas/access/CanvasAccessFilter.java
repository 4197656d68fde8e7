package org.weconomics.canvas.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.weconomics.support.access.table.RouteTemplates;

/**
 * Enforces the role table ({@link CanvasOperation}) on every request, at one place, before the resource method
 * runs. It matches the resource method's path template, so the table names routes exactly as the OpenAPI document
 * does. Unauthenticated requests pass on to the resource's own {@code @Authenticated} check (401).
 */
public class CanvasAccessFilter {

    private final CanvasRoles roles;
    private final SecurityIdentity identity;

    public CanvasAccessFilter(CanvasRoles roles, SecurityIdentity identity) {
        this.roles = roles;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void requireRole(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        CanvasOperation.of(request.getMethod(), RouteTemplates.of(resource)).ifPresent(operation -> {
            if (identity.isAnonymous()) {
                return;
            }
            Map<String, String> parameters = new HashMap<>();
            request.getUriInfo().getPathParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
            roles.require(operation, parameters);
        });
    }
}
