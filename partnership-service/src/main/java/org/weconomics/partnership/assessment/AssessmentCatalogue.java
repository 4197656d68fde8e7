package org.weconomics.partnership.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.weconomics.partnership.catalogue.Catalogue;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.support.problem.ProblemException;

/** The five facets, eight success factors and six impact dimensions of the catalogue, in their order. */
@ApplicationScoped
public class AssessmentCatalogue {

    private final JsonNode facetFile;
    private final JsonNode impactFile;
    private final Map<String, JsonNode> facets;
    private final Map<String, JsonNode> successFactors;
    private final Map<String, JsonNode> impactDimensions;

    public AssessmentCatalogue(ObjectMapper json) {
        this.facetFile = Catalogue.read(json, "facets");
        this.impactFile = Catalogue.read(json, "impact-dimensions");
        this.facets = byKey(facetFile);
        this.successFactors = byKey(Catalogue.read(json, "success-factors"));
        this.impactDimensions = byKey(impactFile);
    }

    /** Every key an assessment takes, with the sources' texts in the language. */
    public AssessmentCatalogueView view(Language language) {
        return new AssessmentCatalogueView(
                language.code(),
                StreamSupport.stream(facetFile.get("statuses").spliterator(), false)
                        .map(status -> entry(status, language))
                        .toList(),
                facets.values().stream()
                        .map(facet -> new AssessmentCatalogueView.Facet(
                                facet.get("key").asText(),
                                language.pick(facet.get("title")),
                                language.pick(facet.get("description")),
                                StreamSupport.stream(facet.get("keyQuestions").spliterator(), false)
                                        .map(language::pick)
                                        .toList()))
                        .toList(),
                successFactors.values().stream()
                        .map(factor -> entry(factor, language))
                        .toList(),
                StreamSupport.stream(impactFile.get("ratings").spliterator(), false)
                        .map(rating -> entry(rating, language))
                        .toList(),
                impactDimensions.values().stream()
                        .map(dimension -> new AssessmentCatalogueView.ImpactDimension(
                                dimension.get("key").asText(),
                                dimension.get("valueKind").asText(),
                                language.pick(dimension.get("title")),
                                language.pick(dimension.get("description"))))
                        .toList());
    }

    private static AssessmentCatalogueView.Entry entry(JsonNode item, Language language) {
        return new AssessmentCatalogueView.Entry(
                item.get("key").asText(), language.pick(item.get("title")), language.pick(item.get("description")));
    }

    public Set<String> facetKeys() {
        return facets.keySet();
    }

    public Set<String> successFactorKeys() {
        return successFactors.keySet();
    }

    public Set<String> impactKeys() {
        return impactDimensions.keySet();
    }

    public String facetTitle(String key, Language language) {
        return language.pick(facets.get(key).get("title"));
    }

    public String successFactorTitle(String key, Language language) {
        return language.pick(successFactors.get(key).get("title"));
    }

    /** Refuses keys the catalogue does not know, naming the field. */
    void requireKnown(AssessmentContent content) {
        requireKnown(content.facets().keySet(), facets.keySet(), "facets");
        requireKnown(content.successFactors().keySet(), successFactors.keySet(), "successFactors");
        requireKnown(content.impact().keySet(), impactDimensions.keySet(), "impact");
    }

    private static void requireKnown(Set<String> given, Set<String> known, String field) {
        given.stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw ProblemException.invalidField(field + "." + key, "is not one of " + String.join(", ", known));
        });
    }

    private static Map<String, JsonNode> byKey(JsonNode catalogue) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        StreamSupport.stream(catalogue.get("items").spliterator(), false)
                .forEach(item -> items.put(item.get("key").asText(), item));
        return items;
    }
}
