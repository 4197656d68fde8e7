package org.weconomics.partnership.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organisation joining a partnership. */
@Schema(name = "JoinPartnershipRequest")
public record JoinPartnershipRequest(
        @Schema(description = "A registered organisation (see /organisations).", required = true) @NotNull
                UUID organisationId,
        @Schema(
                        description = "What the partner does in the partnership.",
                        example = "Productie en logistiek",
                        required = true)
                @NotBlank
                @Size(max = 500)
                String role,
        @Schema(description = "Whether it is a founding partner.", example = "true", required = true) @NotNull
                Boolean founding) {}
