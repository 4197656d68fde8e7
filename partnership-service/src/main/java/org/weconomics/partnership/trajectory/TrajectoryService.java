package org.weconomics.partnership.trajectory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.weconomics.partnership.agreement.AgreementElementText;
import org.weconomics.partnership.agreement.EarningsDistribution;
import org.weconomics.partnership.assessment.FacetStatus;
import org.weconomics.partnership.catalogue.Catalogue;
import org.weconomics.partnership.catalogue.Language;
import org.weconomics.partnership.organisation.Sector;
import org.weconomics.partnership.partner.Partner;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.partnership.partnership.PartnershipService;
import org.weconomics.partnership.tension.Tension;
import org.weconomics.partnership.tension.TensionStatus;
import org.weconomics.partnership.valuechain.Activity;

/** Gathers a partnership's facts, assesses its trajectory and words the outcome from catalogue/trajectory.json. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TrajectoryService {

    private final PartnershipService partnerships;
    private final JsonNode texts;

    public TrajectoryService(PartnershipService partnerships, ObjectMapper json) {
        this.partnerships = partnerships;
        this.texts = Catalogue.read(json, "trajectory");
    }

    public TrajectoryView of(@NotNull UUID partnershipId, @NotNull Language language) {
        Partnership partnership = partnerships.requireAccessible(partnershipId);
        Trajectory.Assessment assessment = Trajectory.assess(factsOf(partnership));
        List<TrajectoryView.StepView> steps = assessment.steps().stream()
                .map(step -> new TrajectoryView.StepView(
                        step.number(),
                        step.key(),
                        stepTitle(step.key(), language),
                        step.status(),
                        step.lacking().stream()
                                .map(code -> new TrajectoryView.Lack(
                                        code, language.pick(texts.get("lacks").get(code))))
                                .toList()))
                .toList();
        return new TrajectoryView(partnershipId, language.code(), assessment.currentStep(), steps);
    }

    private static TrajectoryFacts factsOf(Partnership partnership) {
        List<Partner> partners = Partner.currentOf(partnership.id);
        Set<UUID> current = partners.stream().map(partner -> partner.id).collect(Collectors.toSet());
        List<Activity> chain = Activity.chainOf(partnership.id);
        return new TrajectoryFacts(
                partnership.type().isPresent(),
                (int) partners.stream()
                        .filter(partner -> partner.organisation.sector == Sector.SOCIAL_ECONOMY)
                        .count(),
                (int) partners.stream()
                        .filter(partner -> partner.organisation.sector == Sector.REGULAR_ECONOMY)
                        .count(),
                (int) partners.stream()
                        .filter(partner -> !partner.hasContributions())
                        .count(),
                chain.size(),
                (int) chain.stream()
                        .filter(activity ->
                                activity.responsiblePartnerIds.stream().noneMatch(current::contains))
                        .count(),
                (int) Tension.count("partnershipId", partnership.id),
                (int) Tension.count(
                        "partnershipId = ?1 and status in ?2",
                        partnership.id,
                        List.of(TensionStatus.OPEN, TensionStatus.IN_DIALOGUE)),
                EarningsDistribution.count("partnershipId", partnership.id) > 0,
                (int) AgreementElementText.count("partnershipId", partnership.id),
                (int) AgreementElementText.count(
                        "partnershipId = ?1 and status = ?2", partnership.id, FacetStatus.CLEARED));
    }

    private String stepTitle(String key, Language language) {
        for (JsonNode step : texts.get("steps")) {
            if (step.get("key").asText().equals(key)) {
                return language.pick(step.get("title"));
            }
        }
        return key;
    }
}
