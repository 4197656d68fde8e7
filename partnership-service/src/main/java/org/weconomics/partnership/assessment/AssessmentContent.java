package org.weconomics.partnership.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One view of a partnership's health: the five facets, the eight success factors and the six impact dimensions,
 * each by its catalogue key. Anything left out is not assessed (yet).
 */
@Schema(name = "AssessmentContent", example = AssessmentContent.EXAMPLE)
public record AssessmentContent(
        @Schema(description = "Per facet key (facets.json): status, strengths and work points.")
                Map<String, @NotNull @Valid FacetAssessment> facets,
        @Schema(description = "Per success-factor key (success-factors.json): met, partly-met or not-met.")
                Map<String, @NotNull FactorRating> successFactors,
        @Schema(description = "Per impact-dimension key (impact-dimensions.json): high, medium or low.")
                Map<String, @NotNull ImpactRating> impact) {

    static final String EXAMPLE =
            """
            {"facets": {"value-proposition": {"status": "cleared", "strengths": ["Duidelijke waardepropositie"],
                                              "workPoints": ["Makkelijk te kopiëren, blijvende vernieuwing is nodig"]},
                        "earnings-model": {"status": "open-points"}},
             "successFactors": {"trust-and-transparency": "met", "financially-independent": "partly-met"},
             "impact": {"employment-sec": "high", "innovation": "medium"}}""";

    public AssessmentContent {
        facets = facets == null ? Map.of() : Map.copyOf(facets);
        successFactors = successFactors == null ? Map.of() : Map.copyOf(successFactors);
        impact = impact == null ? Map.of() : Map.copyOf(impact);
    }

    /** One facet as assessed: its status with what goes well and what needs work. */
    @Schema(name = "FacetAssessment")
    public record FacetAssessment(
            @Schema(required = true, example = "open-points") @NotNull FacetStatus status,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> strengths,
            @Size(max = 20) List<@NotBlank @Size(max = 500) String> workPoints) {

        public FacetAssessment {
            strengths = strengths == null ? List.of() : List.copyOf(strengths);
            workPoints = workPoints == null ? List.of() : List.copyOf(workPoints);
        }
    }

    int facetsCleared() {
        return (int) facets.values().stream()
                .filter(facet -> facet.status() == FacetStatus.CLEARED)
                .count();
    }
}
