package org.weconomics.partnership.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.StreamSupport;
import org.weconomics.partnership.assessment.FacetStatus;
import org.weconomics.partnership.catalogue.Catalogue;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.tension.Severity;
import org.weconomics.partnership.tension.TensionStatus;
import org.weconomics.partnership.typology.PartnershipType;

/** The seven agreement elements (catalogue/agreement-elements.json) and the words the agreement shows for codes. */
@ApplicationScoped
public class AgreementCatalogue {

    private final JsonNode elements;
    private final JsonNode facets;
    private final JsonNode typology;

    public AgreementCatalogue(ObjectMapper json) {
        this.elements = Catalogue.read(json, "agreement-elements");
        this.facets = Catalogue.read(json, "facets");
        this.typology = Catalogue.read(json, "typology");
    }

    List<JsonNode> elements() {
        return list(elements.get("items"));
    }

    boolean hasElement(int number) {
        return elements().stream().anyMatch(element -> element.get("number").asInt() == number);
    }

    String elementKey(int number) {
        return elements().stream()
                .filter(element -> element.get("number").asInt() == number)
                .findFirst()
                .map(element -> element.get("key").asText())
                .orElseThrow();
    }

    List<String> guidance(JsonNode element, Language language) {
        return list(element.get("guidance")).stream().map(language::pick).toList();
    }

    String statusLabel(FacetStatus status, Language language) {
        return list(facets.get("statuses")).stream()
                .filter(entry -> entry.get("key").asText().equals(status.jsonName()))
                .findFirst()
                .map(entry -> language.pick(entry.get("title")))
                .orElse(status.jsonName());
    }

    String typeTitle(PartnershipType type, Language language) {
        return list(typology.get("items")).stream()
                .filter(item -> item.get("letter").asText().equals(type.name()))
                .findFirst()
                .map(item -> language.pick(item.get("title")))
                .orElse(type.name());
    }

    String tensionStatus(TensionStatus status, Language language) {
        boolean nl = language == Language.NL;
        return switch (status) {
            case OPEN -> nl ? "open" : "open";
            case IN_DIALOGUE -> nl ? "in dialoog" : "in dialogue";
            case RESOLVED -> nl ? "opgelost" : "resolved";
            case ACCEPTED -> nl ? "aanvaard" : "accepted";
        };
    }

    String severity(Severity severity, Language language) {
        boolean nl = language == Language.NL;
        return switch (severity) {
            case LOW -> nl ? "laag" : "low";
            case MEDIUM -> nl ? "middel" : "medium";
            case HIGH -> nl ? "hoog" : "high";
        };
    }

    String sectorLabel(String sector, Language language) {
        boolean nl = language == Language.NL;
        return switch (sector) {
            case "social-economy" -> nl ? "sociale economie" : "social economy";
            case "regular-economy" -> nl ? "reguliere economie" : "regular economy";
            default -> sector;
        };
    }

    /** The finance service's distribution rules, in the words of the method. */
    String ruleLabel(String rule, Language language) {
        boolean nl = language == Language.NL;
        return switch (rule) {
            case "cost-contribution" ->
                nl ? "volgens het aandeel in de kosten" : "by each partner's share of the costs";
            case "equal-split" -> nl ? "gelijke verdeling" : "equal split";
            case "fixed-percentages" -> nl ? "vaste percentages" : "fixed percentages";
            default -> rule;
        };
    }

    private static List<JsonNode> list(JsonNode array) {
        return array == null
                ? List.of()
                : StreamSupport.stream(array.spliterator(), false).toList();
    }
}
