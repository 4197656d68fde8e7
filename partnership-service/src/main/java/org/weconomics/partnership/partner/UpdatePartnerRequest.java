package org.weconomics.partnership.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner's role and founding flag, replaced together. */
@Schema(name = "UpdatePartnerRequest")
public record UpdatePartnerRequest(
        @Schema(example = "Productie en logistiek", required = true) @NotBlank @Size(max = 500) String role,
        @Schema(example = "true", required = true) @NotNull Boolean founding) {}
