package org.weconomics.finance.model;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/** An earnings model as clients read it. Its {@code version} is also sent as the {@code ETag}. */
@Schema(name = "EarningsModel")
public record EarningsModelView(
        UUID id,
        UUID partnershipId,
        @Schema(example = "gent") String localGroup,
        @Schema(example = "De Wroeter & 37graden") String partnershipName,
        @Schema(description = "ISO 4217 code of every amount in the model.", example = "EUR") String currency,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every change; send it back in If-Match.", example = "0") long version)
        implements Versioned {

    public static EarningsModelView of(EarningsModel model) {
        return new EarningsModelView(
                model.id,
                model.partnershipId,
                model.localGroup,
                model.partnershipName,
                model.currency,
                model.createdAt,
                model.updatedAt,
                model.version);
    }
}
