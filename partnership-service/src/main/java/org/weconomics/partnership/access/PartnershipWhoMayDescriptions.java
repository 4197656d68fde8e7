package org.weconomics.partnership.access;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Optional;
import org.weconomics.support.access.table.RoleTableRow;

/** Ends each write operation's OpenAPI description with its row of {@link PartnershipOperation}. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class PartnershipWhoMayDescriptions extends org.weconomics.support.access.table.WhoMayDescriptions {

    @Override
    protected Optional<? extends RoleTableRow<?>> rowOf(String method, String path) {
        return PartnershipOperation.of(method, path);
    }
}
