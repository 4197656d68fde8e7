package org.weconomics.support.access.table;

import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Ends each write operation's OpenAPI description with its row of the role table ("Who may: …"). Each service calls
 * it from its own {@code @OpenApiFilter(RunStage.BUILD)} filter: Quarkus only takes filters that implement
 * {@code OASFilter} themselves, not through a superclass.
 */
public final class WhoMayDescriptions {

    private WhoMayDescriptions() {}

    public static void endEachWriteWithItsRow(
            OpenAPI openAPI, BiFunction<String, String, Optional<? extends RoleTableRow<?>>> rowOfMethodAndPath) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> rowOfMethodAndPath
                        .apply(method.name(), path)
                        .ifPresent(row -> operation.setDescription(
                                (operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                                        + row.whoMay()))));
    }
}
