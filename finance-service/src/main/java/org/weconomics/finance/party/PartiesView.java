package org.weconomics.finance.party;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/** The parties of an earnings model, in the order every per-party figure lists them. */
@Schema(name = "Parties")
public record PartiesView(
        UUID earningsModelId,
        List<PartyView> parties,
        @Schema(description = "The model's version; send it back in If-Match.", example = "4") long version)
        implements Versioned {}
