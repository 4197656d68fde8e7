package org.weconomics.partnership.partnership;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.events.partnership.PartnershipChanged;
import org.weconomics.partnership.people.PeopleNames;
import org.weconomics.partnership.typology.ActivityIntegration;
import org.weconomics.partnership.typology.BusinessModelChange;
import org.weconomics.partnership.typology.PartnershipType;
import org.weconomics.support.concurrency.Versioned;

/** A partnership as clients read it. Its {@code version} is also sent as the {@code ETag}. */
@Schema(name = "Partnership")
public record PartnershipView(
        UUID id,
        @Schema(example = "gent") String localGroup,
        @Schema(example = "De Wroeter & 37graden") String name,
        String description,
        @Schema(description = "Typology axis, null while undecided.", example = "innovative")
                BusinessModelChange businessModel,
        @Schema(description = "Typology axis, null while undecided.", example = "integrated")
                ActivityIntegration activities,
        @Schema(
                        description =
                                "Type A–D derived from both axes; null while an axis is undecided. Its guidance is at "
                                        + "/typology/{type}.",
                        example = "B")
                PartnershipType type,
        @Schema(description = "Token subject of the creator.") String createdBy,
        @Schema(
                        description =
                                "The name of that person as the people directory has it; null when no local group lists them.",
                        example = "Anna Peeters")
                String createdByName,
        @Schema(
                        description = "Token subjects of the members who coach the partnership (facilitate its "
                                + "trajectory); the creator is the first. Admins act as coach too.")
                List<String> coaches,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(
                        description =
                                "Increases with every change of the partnership's fields or of its value chain's order; "
                                        + "send it back in If-Match.",
                        example = "0")
                long version)
        implements Versioned {

    static PartnershipView of(Partnership partnership) {
        return new PartnershipView(
                partnership.id,
                partnership.localGroup,
                partnership.name,
                partnership.description,
                partnership.businessModel,
                partnership.activities,
                partnership.type().orElse(null),
                partnership.createdBy,
                PeopleNames.displayName(partnership.createdBy),
                List.copyOf(partnership.coaches),
                partnership.createdAt,
                partnership.updatedAt,
                partnership.version);
    }

    static PartnershipChanged event(Partnership partnership) {
        return new PartnershipChanged(
                partnership.id,
                partnership.localGroup,
                partnership.name,
                partnership.description,
                partnership.businessModel == null ? null : partnership.businessModel.jsonName(),
                partnership.activities == null ? null : partnership.activities.jsonName(),
                partnership.type().map(Enum::name).orElse(null));
    }
}
