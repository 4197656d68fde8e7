package org.weconomics.partnership.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Each partner's latest submitted view, the agreed view, and where the partners' views diverge. */
@Schema(name = "PartnershipAssessment")
public record PartnershipAssessmentView(
        UUID partnershipId,
        @Schema(description = "Per current partner that submitted one: its latest submitted assessment.")
                List<AssessmentView> partners,
        @Schema(description = "Current partners that have not submitted an assessment yet.")
                List<UUID> partnersWithoutSubmission,
        @Schema(
                        description = "Partners that submitted an assessment you cannot read yet: you represent a "
                                + "partner that has not submitted its own, and assessments are given independently.")
                List<UUID> sealedPartners,
        AgreedAssessmentView agreed,
        @Schema(description = "Facets, success factors and impact dimensions the partners rate differently.")
                List<Divergence> divergences) {

    /** One topic on which the submitted partner views differ. */
    @Schema(name = "AssessmentDivergence")
    public record Divergence(
            @Schema(enumeration = {"facet", "success-factor", "impact"}) String topic,
            @Schema(example = "earnings-model") String key,
            @Schema(description = "Each partner's rating, by partner id.") Map<UUID, String> ratings) {}

    static List<Divergence> divergencesOf(
            List<AssessmentView> views, Set<String> facetKeys, Set<String> factorKeys, Set<String> impactKeys) {
        List<Divergence> divergences = new ArrayList<>();
        facetKeys.forEach(key -> compare(
                        "facet",
                        key,
                        views,
                        content -> content.facets().containsKey(key)
                                ? content.facets().get(key).status().jsonName()
                                : null)
                .ifPresent(divergences::add));
        factorKeys.forEach(key -> compare(
                        "success-factor",
                        key,
                        views,
                        content -> content.successFactors().containsKey(key)
                                ? content.successFactors().get(key).jsonName()
                                : null)
                .ifPresent(divergences::add));
        impactKeys.forEach(key -> compare(
                        "impact",
                        key,
                        views,
                        content -> content.impact().containsKey(key)
                                ? content.impact().get(key).jsonName()
                                : null)
                .ifPresent(divergences::add));
        return divergences;
    }

    private static java.util.Optional<Divergence> compare(
            String topic, String key, List<AssessmentView> views, Function<AssessmentContent, String> rating) {
        Map<UUID, String> ratings = new LinkedHashMap<>();
        views.forEach(view -> {
            String value = rating.apply(view.content());
            if (value != null) {
                ratings.put(view.partnerId(), value);
            }
        });
        boolean differ = ratings.values().stream().distinct().count() > 1;
        return differ ? java.util.Optional.of(new Divergence(topic, key, ratings)) : java.util.Optional.empty();
    }
}
