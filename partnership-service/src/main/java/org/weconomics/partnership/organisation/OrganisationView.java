package org.weconomics.partnership.organisation;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/** A partner organisation as clients read it; its version is the ETag. */
@Schema(name = "Organisation")
public record OrganisationView(
        UUID id,
        @Schema(example = "De Wroeter vzw") String name,
        @Schema(example = "social-economy") Sector sector,
        @Schema(example = "BE0456.789.123") String registrationNumber,
        String contactName,
        String contactEmail,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every change; send it back in If-Match.", example = "0") long version)
        implements Versioned {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(
                organisation.id,
                organisation.name,
                organisation.sector,
                organisation.registrationNumber,
                organisation.contactName,
                organisation.contactEmail,
                organisation.createdAt,
                organisation.updatedAt,
                organisation.version);
    }
}
