package org.weconomics.partnership.typology;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the typology API returns, in the language the client asked for. */
public final class TypologyViews {

    private TypologyViews() {}

    @Schema(name = "Typology", description = "The two axes of the typology and the four types they give.")
    public record Overview(
            @Schema(example = "nl") String language,
            @Schema(description = "What a blended business model is.") String definition,
            List<Axis> axes,
            List<TypeSummary> types,
            @Schema(description = "Which types the research studied in depth.") String researchNote) {}

    @Schema(name = "TypologyAxis")
    public record Axis(
            @Schema(example = "businessModel") String key, String title, String question, List<AxisValue> values) {}

    @Schema(name = "TypologyAxisValue")
    public record AxisValue(@Schema(example = "innovative") String key, @Schema(example = "Innovatief") String title) {}

    @Schema(name = "PartnershipTypeSummary")
    public record TypeSummary(
            @Schema(example = "A") PartnershipType type,
            @Schema(example = "platform") String key,
            @Schema(example = "Platform model") String title,
            String meaning,
            String summary,
            @Schema(example = "innovative") BusinessModelChange businessModel,
            @Schema(example = "differentiated") ActivityIntegration activities,
            @Schema(
                            description =
                                    "Whether the sources' action research studied this type (A and B); the others carry "
                                            + "less guidance.")
                    boolean studiedInResearch) {}

    @Schema(name = "PartnershipTypeGuidance", description = "What the sources say about one type.")
    public record TypeGuidance(
            @Schema(example = "nl") String language,
            TypeSummary type,
            @Schema(
                            description =
                                    "The type's properties (value proposition, offer, … governance, example); empty for "
                                            + "types the research did not study.")
                    List<Property> properties,
            @Schema(description = "Success factors specific to this type.") List<String> successFactors,
            @Schema(description = "The eight success factors of every blended business model.")
                    List<SuccessFactor> generalSuccessFactors,
            @Schema(description = "Tensions typical of this type.") List<Tension> typicalTensions,
            @Schema(description = "Tensions every type meets.") List<Tension> genericTensions) {}

    @Schema(name = "PartnershipTypeProperty")
    public record Property(
            @Schema(example = "pricing") String key,
            @Schema(example = "Prijszetting") String title,
            @Schema(description = "The facet of the assessment this property belongs to.", example = "earnings-model")
                    String facet,
            List<String> statements) {}

    @Schema(name = "SuccessFactor")
    public record SuccessFactor(
            @Schema(example = "trust-and-transparency") String key, String title, String description) {}

    @Schema(name = "CatalogueTension")
    public record Tension(
            @Schema(example = "cultural-differences") String key,
            @Schema(example = "value-creation") String valueDomain,
            @Schema(example = "key-partners") String bmcBlock,
            String title,
            String description,
            List<String> guidingQuestions) {}
}
