package org.weconomics.partnership.assessment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The keys an assessment (and the agreed assessment) takes, each with the sources' texts, so that a front-end
 * builds its form from them instead of learning them from 400s.
 */
@Schema(name = "AssessmentCatalogue")
public record AssessmentCatalogueView(
        @Schema(description = "The language of the texts, also sent as Content-Language.", example = "nl")
                String language,
        @Schema(description = "The statuses of a facet (facets.{key}.status), in their order.")
                List<Entry> facetStatuses,
        @Schema(description = "The five facets of a blended business model (the keys of facets).") List<Facet> facets,
        @Schema(
                        description = "The eight success factors (the keys of successFactors); each is rated met, "
                                + "partly-met or not-met.")
                List<Entry> successFactors,
        @Schema(description = "The ratings of an impact dimension (impact.{key}).") List<Entry> impactRatings,
        @Schema(description = "The six impact dimensions (the keys of impact).")
                List<ImpactDimension> impactDimensions) {

    /** One key with its title and, where the sources give one, its description. */
    @Schema(name = "CatalogueEntry")
    public record Entry(
            @Schema(example = "trust-and-transparency") String key,
            @Schema(example = "Vertrouwen en transparantie") String title,
            @Schema(description = "Null where the sources give none.") String description) {}

    @Schema(name = "CatalogueFacet")
    public record Facet(
            @Schema(example = "value-proposition") String key,
            @Schema(example = "Waardepropositie") String title,
            String description,
            @Schema(description = "The questions the partners answer for this facet.") List<String> keyQuestions) {}

    @Schema(name = "CatalogueImpactDimension")
    public record ImpactDimension(
            @Schema(example = "employment-sec") String key,
            @Schema(description = "social or economic", example = "social") String valueKind,
            @Schema(example = "Tewerkstelling in SEC") String title,
            String description) {}
}
