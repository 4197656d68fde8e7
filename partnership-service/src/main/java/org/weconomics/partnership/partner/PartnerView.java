package org.weconomics.partnership.partner;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.events.partnership.ContributionsChanged;
import org.weconomics.events.partnership.PartnerLeft;
import org.weconomics.events.partnership.PartnerState;
import org.weconomics.partnership.organisation.Sector;
import org.weconomics.support.concurrency.Versioned;

/** A partner (one period of an organisation in a partnership) as clients read it; its version is the ETag. */
@Schema(name = "Partner")
public record PartnerView(
        @Schema(description = "The partner id value-chain activities name responsible partners by.") UUID id,
        UUID partnershipId,
        UUID organisationId,
        @Schema(example = "De Wroeter vzw") String organisationName,
        @Schema(example = "social-economy") Sector sector,
        @Schema(example = "Productie en logistiek") String role,
        boolean founding,
        OffsetDateTime joinedAt,
        @Schema(description = "When the partner left; null while it is a partner.") OffsetDateTime leftAt,
        Contributions contributions,
        @Schema(
                        description = "Subjects of the members who act for the partner (for example in its own "
                                + "assessment); empty when every member of the local group may.")
                List<String> representatives,
        @Schema(
                        description = "Increases with every change of role or contributions; send it back in If-Match.",
                        example = "0")
                long version)
        implements Versioned {

    /** The partner's board of the value proposition. */
    @Schema(name = "Contributions")
    public record Contributions(
            List<String> productsAndServices, List<String> gainCreators, List<String> painRelievers) {}

    static PartnerView of(Partner partner) {
        return new PartnerView(
                partner.id,
                partner.partnershipId,
                partner.organisation.id,
                partner.organisation.name,
                partner.organisation.sector,
                partner.role,
                partner.founding,
                partner.joinedAt,
                partner.leftAt,
                new Contributions(
                        List.copyOf(partner.productsAndServices),
                        List.copyOf(partner.gainCreators),
                        List.copyOf(partner.painRelievers)),
                List.copyOf(partner.representatives),
                partner.version);
    }

    static PartnerState state(Partner partner, String localGroup) {
        return new PartnerState(
                partner.partnershipId,
                localGroup,
                partner.id,
                partner.organisation.id,
                partner.organisation.name,
                partner.organisation.sector.jsonName(),
                partner.role,
                partner.founding);
    }

    static PartnerLeft left(Partner partner, String localGroup) {
        return new PartnerLeft(partner.partnershipId, localGroup, partner.id, partner.organisation.id);
    }

    static ContributionsChanged contributions(Partner partner, String localGroup) {
        return new ContributionsChanged(
                partner.partnershipId,
                localGroup,
                partner.id,
                List.copyOf(partner.productsAndServices),
                List.copyOf(partner.gainCreators),
                List.copyOf(partner.painRelievers));
    }
}
