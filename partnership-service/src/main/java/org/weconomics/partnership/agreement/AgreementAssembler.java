package org.weconomics.partnership.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.weconomics.partnership.agreement.AgreementView.Element;
import org.weconomics.partnership.agreement.AgreementView.Table;
import org.weconomics.partnership.assessment.FacetStatus;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.partner.Partner;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.partnership.tension.Tension;
import org.weconomics.partnership.tension.TensionStatus;
import org.weconomics.partnership.valuechain.Activity;

/** Puts the seven elements together from the partnership's partners, value chain, distribution and tensions. */
final class AgreementAssembler {

    static final int RISKS = 5;

    private final AgreementCatalogue catalogue;
    private final Language language;
    private final AgreementLabels labels;

    AgreementAssembler(AgreementCatalogue catalogue, Language language) {
        this.catalogue = catalogue;
        this.language = language;
        this.labels = new AgreementLabels(language);
    }

    /** Everything the agreement is assembled from. */
    record Sources(
            Partnership partnership,
            List<Partner> partners,
            List<Activity> valueChain,
            EarningsDistribution distribution,
            List<Tension> tensions,
            Map<Integer, AgreementElementText> texts) {}

    AgreementView assemble(Sources sources, LocalDate today) {
        Map<UUID, String> partnerNames = sources.partners().stream()
                .collect(Collectors.toMap(partner -> partner.id, partner -> partner.organisation.name));
        List<Element> elements = new ArrayList<>();
        for (JsonNode item : catalogue.elements()) {
            int number = item.get("number").asInt();
            List<String> facts = new ArrayList<>();
            List<Table> tables = new ArrayList<>();
            List<String> openPoints = new ArrayList<>();
            switch (item.get("key").asText()) {
                case "collaboration" -> collaboration(sources, facts, tables, openPoints);
                case "activities" -> activities(sources, partnerNames, tables, openPoints);
                case "cost-and-revenue-distribution" ->
                    distribution(sources.distribution(), partnerNames, facts, tables, openPoints);
                case "risks-and-liability" -> risks(sources.tensions(), partnerNames, tables);
                case "duration-and-termination" -> reviews(sources.tensions(), today, facts);
                default -> {}
            }
            sources.tensions().stream()
                    .filter(tension -> Integer.valueOf(number).equals(tension.agreementElement))
                    .filter(tension -> tension.status.isUnsettled())
                    .forEach(tension -> openPoints.add(
                            labels.say("Unresolved tension", "Onopgeloste spanning") + ": \u201c" + tension.title
                                    + "\u201d (" + catalogue.tensionStatus(tension.status, language) + ")"));
            AgreementElementText text = sources.texts().get(number);
            FacetStatus status = text == null ? FacetStatus.TO_BE_ADDRESSED : text.status;
            elements.add(new Element(
                    number,
                    item.get("key").asText(),
                    language.pick(item.get("title")),
                    language.pick(item.get("description")),
                    catalogue.guidance(item, language),
                    status,
                    catalogue.statusLabel(status, language),
                    text == null ? null : text.text,
                    facts,
                    tables,
                    openPoints,
                    AgreementElementText.visibleVersion(text)));
        }
        long draftVersion = sources.texts().values().stream()
                .mapToLong(AgreementElementText::visibleVersion)
                .sum();
        return new AgreementView(
                sources.partnership().id,
                language.code(),
                labels.title(),
                sources.partnership().name,
                today,
                draftVersion,
                elements);
    }

    private void collaboration(Sources sources, List<String> facts, List<Table> tables, List<String> openPoints) {
        Partnership partnership = sources.partnership();
        facts.add(labels.say("Partnership", "Partnerschap") + ": " + partnership.name);
        if (partnership.description != null && !partnership.description.isBlank()) {
            facts.add(partnership.description);
        }
        partnership
                .type()
                .ifPresent(type -> facts.add(labels.say("Type of blended business model", "Type blended business model")
                        + ": " + type.name() + " \u2013 " + catalogue.typeTitle(type, language)));
        if (sources.partners().isEmpty()) {
            openPoints.add(labels.say("No partners have joined yet.", "Er zijn nog geen partners toegetreden."));
            return;
        }
        tables.add(new Table(
                labels.say("Partners", "Partners"),
                List.of(
                        labels.say("Partner", "Partner"),
                        labels.say("Sector", "Sector"),
                        labels.say("Role", "Rol"),
                        labels.say("Founding partner", "Stichtende partner"),
                        labels.say("Since", "Sinds")),
                sources.partners().stream()
                        .map(partner -> List.of(
                                partner.organisation.name,
                                catalogue.sectorLabel(partner.organisation.sector.jsonName(), language),
                                partner.role,
                                partner.founding ? labels.yes() : labels.no(),
                                partner.joinedAt.toLocalDate().toString()))
                        .toList()));
    }

    private void activities(
            Sources sources, Map<UUID, String> partnerNames, List<Table> tables, List<String> openPoints) {
        if (sources.valueChain().isEmpty()) {
            openPoints.add(labels.say(
                    "The value chain has not been described yet (step 1 of the trajectory).",
                    "De waardeketen is nog niet beschreven (stap 1 van het traject)."));
            return;
        }
        tables.add(new Table(
                labels.say("Activities and responsibilities", "Activiteiten en verantwoordelijkheden"),
                List.of(
                        "#",
                        labels.say("Activity", "Activiteit"),
                        labels.say("Responsible", "Verantwoordelijke"),
                        labels.say("Responsibilities", "Verantwoordelijkheden")),
                sources.valueChain().stream()
                        .map(activity -> List.of(
                                // A row number for readers of the document, who count from 1.
                                String.valueOf(activity.position + 1),
                                activity.name,
                                names(activity.responsiblePartnerIds, partnerNames),
                                String.join("; ", activity.responsibilities)))
                        .toList()));
    }

    private void distribution(
            EarningsDistribution distribution,
            Map<UUID, String> partnerNames,
            List<String> facts,
            List<Table> tables,
            List<String> openPoints) {
        if (distribution == null) {
            openPoints.add(labels.say(
                    "To be addressed: no distribution chosen in the earnings model yet.",
                    "Nog aan te brengen: er is nog geen verdeling gekozen in het verdienmodel."));
            return;
        }
        facts.add(labels.say("Distribution key", "Verdeelsleutel") + ": "
                + catalogue.ruleLabel(distribution.ruleKey, language));
        if (distribution.distributedMargin != null) {
            facts.add(labels.say("Margin distributed per year", "Jaarlijks verdeelde marge") + ": "
                    + distribution
                            .distributedMargin
                            .setScale(2, RoundingMode.HALF_EVEN)
                            .toPlainString() + " "
                    + distribution.currency);
        }
        tables.add(new Table(
                labels.say("Distribution of the margin", "Verdeling van de marge"),
                List.of(
                        labels.say("Partner", "Partner"),
                        labels.say("Share (%)", "Aandeel (%)"),
                        labels.say("Amount", "Bedrag") + " (" + distribution.currency + ")"),
                distribution.shares.stream()
                        .map(share -> List.of(
                                partnerNames.getOrDefault(share.partnerId(), share.name()),
                                share.percent()
                                        .setScale(2, RoundingMode.HALF_EVEN)
                                        .toPlainString(),
                                share.amount() == null
                                        ? "\u2013"
                                        : share.amount()
                                                .setScale(2, RoundingMode.HALF_EVEN)
                                                .toPlainString()))
                        .toList()));
    }

    /** Risks: the tensions that touch this element, and every tension the partners accepted to live with. */
    private void risks(List<Tension> tensions, Map<UUID, String> partnerNames, List<Table> tables) {
        List<Tension> risks = tensions.stream()
                .filter(tension -> Integer.valueOf(RISKS).equals(tension.agreementElement)
                        || tension.status == TensionStatus.ACCEPTED)
                .toList();
        if (risks.isEmpty()) {
            return;
        }
        Function<Tension, String> solutions = tension -> tension.solutions.isEmpty()
                ? "\u2013"
                : tension.solutions.stream()
                        .map(solution -> solution.description() + " (" + solution.agreedOn() + ")")
                        .collect(Collectors.joining("; "));
        tables.add(new Table(
                labels.say("Risks from the tension register", "Risico's uit het spanningsregister"),
                List.of(
                        labels.say("Risk", "Risico"),
                        labels.say("Severity", "Ernst"),
                        labels.say("Owner", "Eigenaar"),
                        labels.status(),
                        labels.say("Agreed solutions", "Afgesproken oplossingen")),
                risks.stream()
                        .map(tension -> List.of(
                                tension.title,
                                catalogue.severity(tension.severity, language),
                                tension.ownerPartnerId == null
                                        ? "\u2013"
                                        : partnerNames.getOrDefault(tension.ownerPartnerId, "\u2013"),
                                catalogue.tensionStatus(tension.status, language),
                                solutions.apply(tension)))
                        .toList()));
    }

    private void reviews(List<Tension> tensions, LocalDate today, List<String> facts) {
        tensions.stream()
                .filter(tension -> tension.status.needsReview() && tension.nextReviewDate != null)
                .map(tension -> tension.nextReviewDate)
                .min(LocalDate::compareTo)
                .ifPresent(next -> facts.add(labels.say(
                                "Next planned review of the tension register",
                                "Volgende geplande herziening van het spanningsregister")
                        + ": " + next
                        + (next.isBefore(today) ? " (" + labels.say("overdue", "achterstallig") + ")" : "")));
    }

    private static String names(List<UUID> partnerIds, Map<UUID, String> partnerNames) {
        return partnerIds.stream()
                .map(id -> partnerNames.getOrDefault(id, "\u2013"))
                .collect(Collectors.joining(", "));
    }
}
