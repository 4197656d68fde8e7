package org.weconomics.canvas.access;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.weconomics.support.access.table.WhoMayDescriptions;

/** Ends each write operation's OpenAPI description with its row of {@link CanvasOperation}. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CanvasWhoMayDescriptions implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        WhoMayDescriptions.endEachWriteWithItsRow(openAPI, CanvasOperation::of);
    }
}
