package org.weconomics.partnership.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to register a partner organisation or to replace its fields. */
@Schema(name = "OrganisationRequest")
public record OrganisationRequest(
        @Schema(example = "De Wroeter vzw", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(
                        description = "Social economy (SEC) or regular economy (REC).",
                        example = "social-economy",
                        required = true)
                @NotNull
                Sector sector,
        @Schema(description = "Company registration number; unique.", example = "BE0456.789.123", required = true)
                @NotBlank
                @Size(max = 50)
                String registrationNumber,
        @Schema(example = "Jan De Smet") @Size(max = 200) String contactName,
        @Schema(example = "jan@dewroeter.be") @Email @Size(max = 320) String contactEmail) {}
