package org.weconomics.partnership.typology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.weconomics.partnership.catalogue.Catalogue;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.typology.TypologyViews.Axis;
import org.weconomics.partnership.typology.TypologyViews.AxisValue;
import org.weconomics.partnership.typology.TypologyViews.Overview;
import org.weconomics.partnership.typology.TypologyViews.Property;
import org.weconomics.partnership.typology.TypologyViews.SuccessFactor;
import org.weconomics.partnership.typology.TypologyViews.Tension;
import org.weconomics.partnership.typology.TypologyViews.TypeGuidance;
import org.weconomics.partnership.typology.TypologyViews.TypeSummary;

/** The typology guidance of the sources (typology, tensions, success factors), read once from the catalogue files. */
@ApplicationScoped
public class TypologyCatalogue {

    private final JsonNode typology;
    private final JsonNode successFactors;
    private final Map<String, JsonNode> tensionsByKey;
    private final Map<PartnershipType, JsonNode> typesByLetter;

    public TypologyCatalogue(ObjectMapper json) {
        this.typology = Catalogue.read(json, "typology");
        this.successFactors = Catalogue.read(json, "success-factors");
        this.tensionsByKey = stream(Catalogue.read(json, "tensions").get("items"))
                .collect(Collectors.toUnmodifiableMap(item -> item.get("key").asText(), Function.identity()));
        this.typesByLetter = stream(typology.get("items"))
                .collect(Collectors.toUnmodifiableMap(
                        item -> PartnershipType.valueOf(item.get("letter").asText()), Function.identity()));
    }

    public Overview overview(Language language) {
        List<Axis> axes = new ArrayList<>();
        typology.get("axes")
                .fields()
                .forEachRemaining(axis -> axes.add(new Axis(
                        axis.getKey(),
                        language.pick(axis.getValue().get("title")),
                        language.pick(axis.getValue().get("question")),
                        stream(axis.getValue().get("values"))
                                .map(value ->
                                        new AxisValue(value.get("key").asText(), language.pick(value.get("title"))))
                                .toList())));
        List<TypeSummary> types = List.of(PartnershipType.values()).stream()
                .map(type -> summary(type, language))
                .toList();
        return new Overview(
                language.code(),
                language.pick(typology.get("definition")),
                axes,
                types,
                language.pick(typology.get("researchNote")));
    }

    public TypeGuidance guidance(PartnershipType type, Language language) {
        JsonNode item = typeItem(type);
        List<Property> properties = stream(typology.get("properties"))
                .filter(property ->
                        item.path("properties").has(property.get("key").asText()))
                .map(property -> new Property(
                        property.get("key").asText(),
                        language.pick(property.get("title")),
                        property.path("facet").asText(null),
                        texts(item.get("properties").get(property.get("key").asText()), language)))
                .toList();
        List<Tension> typical = stream(item.get("typicalTensions"))
                .map(key -> tensionsByKey.get(key.asText()))
                .filter(tension -> tension != null)
                .map(tension -> tension(tension, language))
                .toList();
        List<Tension> generic = tensionsByKey.values().stream()
                .filter(tension -> "generic".equals(tension.path("origin").asText()))
                .filter(tension -> stream(tension.get("appliesToTypes"))
                        .anyMatch(letter -> letter.asText().equals(type.name())))
                .sorted((left, right) ->
                        left.get("key").asText().compareTo(right.get("key").asText()))
                .map(tension -> tension(tension, language))
                .toList();
        List<SuccessFactor> general = stream(successFactors.get("items"))
                .map(factor -> new SuccessFactor(
                        factor.get("key").asText(),
                        language.pick(factor.get("title")),
                        language.pick(factor.get("description"))))
                .toList();
        return new TypeGuidance(
                language.code(),
                summary(type, language),
                properties,
                texts(item.get("successFactors"), language),
                general,
                typical,
                generic);
    }

    private TypeSummary summary(PartnershipType type, Language language) {
        JsonNode item = typeItem(type);
        return new TypeSummary(
                type,
                item.get("key").asText(),
                language.pick(item.get("title")),
                language.pick(item.get("meaning")),
                language.pick(item.get("summary")),
                type.businessModel(),
                type.activities(),
                item.path("studiedInResearch").asBoolean(false));
    }

    private JsonNode typeItem(PartnershipType type) {
        JsonNode item = typesByLetter.get(type);
        if (item == null) {
            throw new IllegalStateException("catalogue/typology.json has no type " + type);
        }
        return item;
    }

    private static Tension tension(JsonNode tension, Language language) {
        return new Tension(
                tension.get("key").asText(),
                tension.path("valueDomain").asText(null),
                tension.path("bmcBlock").asText(null),
                language.pick(tension.get("title")),
                language.pick(tension.get("description")),
                texts(tension.get("guidingQuestions"), language));
    }

    private static List<String> texts(JsonNode localizedList, Language language) {
        return stream(localizedList).map(language::pick).toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return array == null ? java.util.stream.Stream.empty() : StreamSupport.stream(array.spliterator(), false);
    }
}
