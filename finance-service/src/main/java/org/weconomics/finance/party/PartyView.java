package org.weconomics.finance.party;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.finance.calculation.PartyKind;

/** A party of an earnings model as clients read it. */
@Schema(name = "Party")
public record PartyView(
        @Schema(
                        description =
                                "The id that cost, distribution and projection inputs name the party by. For a partner "
                                        + "it is its partner id in the partnership service.")
                UUID id,
        @Schema(description = "Partners share the margin; external suppliers are paid their costs only.")
                PartyKind kind,
        @Schema(example = "Sociale werkplaats De Wroeter") String name,
        @Schema(description = "The partner's legal entity; null for an external supplier.") UUID organisationId,
        @Schema(description = "social-economy or regular-economy; null for an external supplier.") String sector,
        @Schema(description = "What the partner does in the partnership.") String role,
        @Schema(description = "Whether it is a founding partner.") boolean founding,
        @Schema(description = "A partner that left stays a party until its costs are given to another.")
                boolean hasLeft) {

    static PartyView of(ModelParty party) {
        return new PartyView(
                party.id,
                party.kind,
                party.name,
                party.organisationId,
                party.sector,
                party.role,
                party.founding,
                party.hasLeft);
    }
}
