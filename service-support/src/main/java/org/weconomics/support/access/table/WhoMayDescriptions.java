package org.weconomics.support.access.table;

import java.util.Optional;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Ends each write operation's OpenAPI description with its row of the role table ("Who may: …"). A service
 * subclasses it with {@code @OpenApiFilter(RunStage.BUILD)} and says how to find a row.
 */
public abstract class WhoMayDescriptions implements OASFilter {

    protected abstract Optional<? extends RoleTableRow<?>> rowOf(String method, String path);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> rowOf(method.name(), path)
                        .ifPresent(row -> operation.setDescription(
                                (operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                                        + row.whoMay()))));
    }
}
