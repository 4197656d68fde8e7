package org.weconomics.partnership.tension;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
        @Schema(
                        description = "Required, unless catalogueKey names a typical tension: then its title in the "
                                + "language of Accept-Language when left out.",
                        example = "Verdeelsleutel van waarde")
                @Size(max = 200)
                String title,
        @Schema(description = "The typical tension's description when left out and catalogueKey is given.")
                @Size(max = 4000)
                String description,
        @Schema(
                        description = "Required, unless catalogueKey names a typical tension: then its value domain "
                                + "when left out.",
                        example = "value-capture")
                ValueDomain valueDomain,
        @Schema(
                        description = "A block of the value domain; leave out when the tension spans blocks (the "
                                + "typical tension's block, if it names one, when catalogueKey is given).",
                        example = "revenue-streams")
                BmcBlock bmcBlock,
        @Schema(
                        description = "Priority category; leave out while not prioritised (the typical tension's "
                                + "category when catalogueKey is given).",
                        example = "strategic")
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
                                "Key of the catalogue's typical tension it was taken from (see tension-suggestions): "
                                        + "what the request leaves out of title, description, valueDomain, bmcBlock "
                                        + "and category is taken from it.",
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
