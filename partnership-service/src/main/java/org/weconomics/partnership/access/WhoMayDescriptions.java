package org.weconomics.partnership.access;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/** Ends each write operation's OpenAPI description with its row of the role table ("Who may: …"). */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class WhoMayDescriptions implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> PartnershipOperation.of(method.name(), path)
                        .ifPresent(row -> operation.setDescription(
                                (operation.getDescription() == null ? "" : operation.getDescription() + "\n\n")
                                        + row.whoMay()))));
    }
}
