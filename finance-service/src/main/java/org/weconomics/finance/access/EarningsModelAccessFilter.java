package org.weconomics.finance.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.weconomics.support.access.table.RouteTemplates;

/**
 * Enforces the role table ({@link EarningsModelOperation}) on every request, at one place, before the resource
 * method runs. Unauthenticated requests pass on to the resource's own {@code @Authenticated} check (401).
 */
public class EarningsModelAccessFilter {

    private final EarningsModelRoles roles;
    private final SecurityIdentity identity;

    public EarningsModelAccessFilter(EarningsModelRoles roles, SecurityIdentity identity) {
        this.roles = roles;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void requireRole(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null || identity.isAnonymous()) {
            return;
        }
        EarningsModelOperation.of(request.getMethod(), RouteTemplates.of(resource))
                .ifPresent(operation -> roles.require(
                        operation,
                        request.getUriInfo().getPathParameters().getFirst(EarningsModelOperation.MODEL_PARAMETER)));
    }
}
