package org.weconomics.partnership.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.partnership.typology.ActivityIntegration;
import org.weconomics.partnership.typology.BusinessModelChange;

/** The fields of a partnership its members may change; the whole set is replaced. The local group never changes. */
@Schema(name = "UpdatePartnershipRequest")
public record UpdatePartnershipRequest(
        @Schema(example = "De Wroeter & 37graden", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(description = "What the partners want to achieve together.") @Size(max = 4000) String description,
        @Schema(
                        description = "Typology axis: is the business model renewed? Leave out while undecided.",
                        example = "innovative")
                BusinessModelChange businessModel,
        @Schema(
                        description =
                                "Typology axis: one integrated activity or several differentiated ones? Leave out while "
                                        + "undecided.",
                        example = "integrated")
                ActivityIntegration activities) {}
