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

    private final Map<String, JsonNode> facets;
    private final Map<String, JsonNode> successFactors;
    private final Map<String, JsonNode> impactDimensions;

    public AssessmentCatalogue(ObjectMapper json) {
        this.facets = byKey(Catalogue.read(json, "facets"));
        this.successFactors = byKey(Catalogue.read(json, "success-factors"));
        this.impactDimensions = byKey(Catalogue.read(json, "impact-dimensions"));
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
