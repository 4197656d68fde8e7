package org.weconomics.partnership.tension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.weconomics.partnership.catalogue.Catalogue;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.typology.PartnershipType;
import org.weconomics.support.rest.QueryValues;

/** The typical hybrid tensions of the sources (catalogue/tensions.json) and the names of domains and categories. */
@ApplicationScoped
public class TensionCatalogue {

    private final JsonNode catalogue;

    public TensionCatalogue(ObjectMapper json) {
        this.catalogue = Catalogue.read(json, "tensions");
    }

    /** The typical tension of that key, its texts in the language. */
    Optional<TypicalTension> typical(String key, Language language) {
        return items().filter(item -> item.get("key").asText().equals(key))
                .findFirst()
                .map(item -> new TypicalTension(
                        language.pick(item.get("title")),
                        language.pick(item.get("description")),
                        QueryValues.parse(
                                ValueDomain.class,
                                textOrNull(item, "valueDomain"),
                                "valueDomain",
                                ValueDomain::jsonName),
                        QueryValues.parse(BmcBlock.class, textOrNull(item, "bmcBlock"), "bmcBlock", BmcBlock::jsonName),
                        QueryValues.parse(
                                TensionCategory.class,
                                textOrNull(item, "priorityCategory"),
                                "category",
                                TensionCategory::jsonName)));
    }

    /**
     * The typical tensions for a partnership of the type (generic ones first), or every generic one while the type
     * is undecided.
     */
    public List<TensionSuggestion> suggestionsFor(
            Optional<PartnershipType> type, Set<String> registeredKeys, Language language) {
        return items().filter(item -> type.map(known -> appliesTo(item, known))
                        .orElse("generic".equals(item.path("origin").asText())))
                .map(item -> new TensionSuggestion(
                        item.get("key").asText(),
                        item.path("origin").asText(),
                        textOrNull(item, "valueDomain"),
                        textOrNull(item, "bmcBlock"),
                        textOrNull(item, "priorityCategory"),
                        language.pick(item.get("title")),
                        language.pick(item.get("description")),
                        stream(item.get("guidingQuestions")).map(language::pick).toList(),
                        registeredKeys.contains(item.get("key").asText())))
                .toList();
    }

    public String valueDomainTitle(ValueDomain domain, Language language) {
        return titleOf("valueDomains", domain.jsonName(), language);
    }

    public String categoryTitle(TensionCategory category, Language language) {
        return titleOf("priorityCategories", category.jsonName(), language);
    }

    private String titleOf(String list, String key, Language language) {
        return stream(catalogue.get(list))
                .filter(entry -> entry.get("key").asText().equals(key))
                .findFirst()
                .map(entry -> language.pick(entry.get("title")))
                .orElse(key);
    }

    private static boolean appliesTo(JsonNode item, PartnershipType type) {
        return stream(item.get("appliesToTypes"))
                .anyMatch(letter -> letter.asText().equals(type.name()));
    }

    private static String textOrNull(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private Stream<JsonNode> items() {
        return stream(catalogue.get("items"));
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return array == null ? Stream.empty() : StreamSupport.stream(array.spliterator(), false);
    }
}
