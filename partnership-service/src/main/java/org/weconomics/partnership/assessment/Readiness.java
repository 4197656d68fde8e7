package org.weconomics.partnership.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.tension.Tension;
import org.weconomics.partnership.tension.TensionCatalogue;
import org.weconomics.partnership.tension.TensionCategory;

/**
 * Derives readiness from the agreed facets, the unsettled tensions per category and the success factors. Ready:
 * every facet cleared, no unsettled strategic or legal tension and no success factor unmet. Not ready: no agreed
 * view, a facet still to be addressed, or an unsettled strategic tension. Nearly ready: everything in between.
 */
final class Readiness {

    private final AssessmentCatalogue facets;
    private final TensionCatalogue tensions;
    private final Language language;

    Readiness(AssessmentCatalogue facets, TensionCatalogue tensions, Language language) {
        this.facets = facets;
        this.tensions = tensions;
        this.language = language;
    }

    ReadinessView explain(Optional<AssessmentContent> agreed, int partners, int submitted, List<Tension> register) {
        List<String> reasons = new ArrayList<>();
        boolean blocking = false;
        boolean open = false;
        if (agreed.isEmpty()) {
            blocking = true;
            reasons.add(say(
                    "The partners have not agreed a common assessment yet; " + submitted + " of " + partners
                            + " partners submitted their own.",
                    "De partners hebben nog geen gezamenlijke beoordeling afgesproken; " + submitted + " van de "
                            + partners + " partners dienden hun eigen beoordeling in."));
        } else {
            Map<FacetStatus, List<String>> byStatus = facetsByStatus(agreed.get());
            List<String> unassessed = facets.facetKeys().stream()
                    .filter(key -> !agreed.get().facets().containsKey(key))
                    .map(key -> facets.facetTitle(key, language))
                    .toList();
            list(reasons, byStatus.get(FacetStatus.CLEARED), "Fully cleared: ", "Volledig uitgeklaard: ");
            list(
                    reasons,
                    byStatus.get(FacetStatus.OPEN_POINTS),
                    "Open points need refinement on: ",
                    "Open punten vragen verdere verfijning bij: ");
            list(reasons, byStatus.get(FacetStatus.TO_BE_ADDRESSED), "Still to be addressed: ", "Nog aan te brengen: ");
            list(reasons, unassessed, "Not assessed yet: ", "Nog niet beoordeeld: ");
            blocking |= byStatus.containsKey(FacetStatus.TO_BE_ADDRESSED) || !unassessed.isEmpty();
            open |= byStatus.containsKey(FacetStatus.OPEN_POINTS);
        }
        for (TensionCategory category : TensionCategory.values()) {
            List<String> unsettled = register.stream()
                    .filter(tension -> tension.category == category && tension.status.isUnsettled())
                    .map(tension -> "\u201c" + tension.title + "\u201d")
                    .toList();
            String name = tensions.categoryTitle(category, language).toLowerCase();
            if (unsettled.isEmpty()) {
                reasons.add(say(
                        "No " + name + " tension is unresolved.", "Er is geen onopgeloste " + name + "e spanning."));
            } else {
                reasons.add(say(
                        unsettled.size() + " " + name + " tension(s) still open or in dialogue: "
                                + String.join(", ", unsettled) + ".",
                        unsettled.size() + " " + name + "e spanning(en) nog open of in dialoog: "
                                + String.join(", ", unsettled) + "."));
                blocking |= category == TensionCategory.STRATEGIC;
                open = true;
            }
        }
        Map<FactorRating, List<String>> factors =
                agreed.map(this::factorsByRating).orElse(Map.of());
        list(reasons, factors.get(FactorRating.NOT_MET), "Success factors not met: ", "Succesfactoren niet aanwezig: ");
        list(
                reasons,
                factors.get(FactorRating.PARTLY_MET),
                "Success factors partly met: ",
                "Succesfactoren gedeeltelijk aanwezig: ");
        list(reasons, factors.get(FactorRating.MET), "Success factors met: ", "Succesfactoren aanwezig: ");
        open |= factors.containsKey(FactorRating.NOT_MET) || factors.containsKey(FactorRating.PARTLY_MET);
        String level = blocking ? "not-ready" : open ? "nearly-ready" : "ready";
        reasons.add(
                0,
                switch (level) {
                    case "ready" ->
                        say(
                                "The partnership is ready to put its collaboration into an agreement.",
                                "Het partnerschap is klaar om de samenwerking in een overeenkomst te gieten.");
                    case "nearly-ready" ->
                        say(
                                "The partnership is nearly ready for its agreement; the points below still "
                                        + "need attention.",
                                "Het partnerschap is bijna klaar voor de overeenkomst; onderstaande punten "
                                        + "vragen nog aandacht.");
                    default ->
                        say(
                                "The partnership is not ready for its agreement yet, for the reasons below.",
                                "Het partnerschap is nog niet klaar voor de overeenkomst, om onderstaande redenen.");
                });
        return new ReadinessView(language.code(), level, reasons);
    }

    private Map<FacetStatus, List<String>> facetsByStatus(AssessmentContent agreed) {
        return facets.facetKeys().stream()
                .filter(agreed.facets()::containsKey)
                .collect(Collectors.groupingBy(
                        key -> agreed.facets().get(key).status(),
                        Collectors.mapping(key -> facets.facetTitle(key, language), Collectors.toList())));
    }

    private Map<FactorRating, List<String>> factorsByRating(AssessmentContent agreed) {
        return facets.successFactorKeys().stream()
                .filter(agreed.successFactors()::containsKey)
                .collect(Collectors.groupingBy(
                        key -> agreed.successFactors().get(key),
                        Collectors.mapping(key -> facets.successFactorTitle(key, language), Collectors.toList())));
    }

    private void list(List<String> reasons, List<String> items, String en, String nl) {
        if (items != null && !items.isEmpty()) {
            reasons.add(say(en, nl) + String.join(", ", items).toLowerCase() + ".");
        }
    }

    private String say(String en, String nl) {
        return language == Language.NL ? nl : en;
    }
}
