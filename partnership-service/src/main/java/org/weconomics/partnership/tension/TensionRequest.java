package org.weconomics.partnership.tension;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client sends to record a tension or to replace its fields. The status is not here: it moves only through
 * the status route, along the allowed transitions; solutions are added through their own route.
 */
@Schema(name = "TensionRequest", example = TensionRequest.EXAMPLE)
public record TensionRequest(
        @Schema(required = true, example = "Verdeelsleutel van waarde") @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @Schema(required = true, example = "value-capture") @NotNull ValueDomain valueDomain,
        @Schema(
                        description = "A block of the value domain; leave out when the tension spans blocks.",
                        example = "revenue-streams")
                BmcBlock bmcBlock,
        @Schema(description = "Priority category; leave out while not prioritised.", example = "strategic")
                TensionCategory category,
        @Schema(required = true, example = "high") @NotNull Severity severity,
        @Schema(description = "The current partner that owns the tension.") UUID ownerPartnerId,
        @Schema(description = "The element (1–7) of the collaboration agreement it touches.", example = "3")
                @Min(1)
                @Max(7)
                Integer agreementElement,
        @Schema(description = "When the partners look at it again.", example = "2026-09-30") LocalDate nextReviewDate,
        @Schema(
                        description =
                                "Key of the catalogue's typical tension it was taken from (see tension-suggestions).",
                        example = "distribution-and-reinvestment-of-surplus")
                @Size(max = 100)
                String catalogueKey) {

    static final String EXAMPLE =
            """
            {"title": "Verdeelsleutel van waarde",
             "description": "Huidige verdeelsleutel (50% elk) kan onder druk komen te staan indien verdienmodel tractie krijgt",
             "valueDomain": "value-capture", "bmcBlock": "revenue-streams", "category": "strategic", "severity": "high",
             "agreementElement": 3, "nextReviewDate": "2026-09-30",
             "catalogueKey": "distribution-and-reinvestment-of-surplus"}""";
}
