package org.weconomics.support.access.table;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;

/** The path template of the resource method a request matched, spelled as the OpenAPI document spells it. */
public final class RouteTemplates {

    private RouteTemplates() {}

    public static String of(ResourceInfo resource) {
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
