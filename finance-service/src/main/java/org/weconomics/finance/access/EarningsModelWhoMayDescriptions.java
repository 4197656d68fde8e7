package org.weconomics.finance.access;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.weconomics.support.access.table.WhoMayDescriptions;

/** Ends each write operation's OpenAPI description with its row of {@link EarningsModelOperation}. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class EarningsModelWhoMayDescriptions implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        WhoMayDescriptions.endEachWriteWithItsRow(openAPI, EarningsModelOperation::of);
    }
}
