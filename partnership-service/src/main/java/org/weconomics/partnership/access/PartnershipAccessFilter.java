package org.weconomics.partnership.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.HashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Enforces the role table ({@link PartnershipOperation}) on every request, at one place, before the resource
 * method runs. It matches the resource method's path template, so the table names routes exactly as the OpenAPI
 * document does. Unauthenticated requests pass on to the resource's own {@code @Authenticated} check (401).
 */
public class PartnershipAccessFilter {

    private final PartnershipRoles roles;
    private final SecurityIdentity identity;

    public PartnershipAccessFilter(PartnershipRoles roles, SecurityIdentity identity) {
        this.roles = roles;
        this.identity = identity;
    }

    @ServerRequestFilter
    public void requireRole(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        String template = template(resource);
        PartnershipOperation.of(request.getMethod(), template).ifPresent(operation -> {
            if (identity.isAnonymous()) {
                return;
            }
            Map<String, String> parameters = new HashMap<>();
            request.getUriInfo().getPathParameters().forEach((name, values) -> parameters.put(name, values.get(0)));
            roles.require(operation, parameters);
        });
    }

    private static String template(ResourceInfo resource) {
        Path classPath = resource.getResourceClass().getAnnotation(Path.class);
        Path methodPath = resource.getResourceMethod().getAnnotation(Path.class);
        String path = (classPath == null ? "" : "/" + classPath.value())
                + (methodPath == null ? "" : "/" + methodPath.value());
        String normalised = path.replaceAll("/+", "/");
        return normalised.length() > 1 && normalised.endsWith("/")
                ? normalised.substring(0, normalised.length() - 1)
                : normalised;
    }
}
