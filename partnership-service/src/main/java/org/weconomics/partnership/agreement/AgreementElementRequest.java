package org.weconomics.partnership.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.partnership.assessment.FacetStatus;

/** The partners' own text for an element and how far it is worked out. */
@Schema(
        name = "AgreementElementRequest",
        example =
                """
        {"text": "Beslissingen worden genomen in een maandelijks stuurgroepoverleg met één vertegenwoordiger per partner.",
         "status": "open-points"}""")
public record AgreementElementRequest(
        @Schema(description = "Free text; leave out to clear it.") @Size(max = 20000) String text,
        @Schema(required = true, example = "open-points") @NotNull FacetStatus status) {}
