package org.weconomics.partnership.trajectory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * The four steps of a partnership's trajectory and what each still lacks, derived from the data alone. The
 * earnings model (step 3) lives in the finance service: this service knows it through the distribution the
 * partners chose there, which is what the agreement needs from it.
 */
public final class Trajectory {

    /** How far a step is. */
    public enum Status {
        @JsonProperty("not-started")
        NOT_STARTED,
        @JsonProperty("in-progress")
        IN_PROGRESS,
        @JsonProperty("complete")
        COMPLETE
    }

    /** One step: its number (1–4), key, status and the codes of what it lacks. */
    public record Step(int number, String key, Status status, List<String> lacking) {}

    /**
     * @param currentStep the first step that is not complete (4 when all are)
     */
    public record Assessment(int currentStep, List<Step> steps) {}

    static final int AGREEMENT_ELEMENTS = 7;

    private Trajectory() {}

    public static Assessment assess(TrajectoryFacts facts) {
        List<Step> steps = List.of(
                valuePropositionAndValueChain(facts),
                hybridTensions(facts),
                earningsModel(facts),
                collaborationAgreement(facts));
        int current = steps.stream()
                .filter(step -> step.status() != Status.COMPLETE)
                .mapToInt(Step::number)
                .findFirst()
                .orElse(steps.size());
        return new Assessment(current, steps);
    }

    private static Step hybridTensions(TrajectoryFacts facts) {
        if (facts.tensions() == 0) {
            return new Step(2, "hybrid-tensions", Status.NOT_STARTED, List.of("no-tension-registered"));
        }
        return facts.unresolvedTensions() > 0
                ? new Step(2, "hybrid-tensions", Status.IN_PROGRESS, List.of("tensions-unresolved"))
                : new Step(2, "hybrid-tensions", Status.COMPLETE, List.of());
    }

    private static Step earningsModel(TrajectoryFacts facts) {
        return facts.distributionChosen()
                ? new Step(3, "earnings-model", Status.COMPLETE, List.of())
                : new Step(3, "earnings-model", Status.NOT_STARTED, List.of("no-distribution-chosen"));
    }

    private static Step collaborationAgreement(TrajectoryFacts facts) {
        if (facts.agreementElementsCleared() == AGREEMENT_ELEMENTS) {
            return new Step(4, "collaboration-agreement", Status.COMPLETE, List.of());
        }
        return facts.agreementElementsWritten() > 0
                ? new Step(4, "collaboration-agreement", Status.IN_PROGRESS, List.of("agreement-elements-not-cleared"))
                : new Step(4, "collaboration-agreement", Status.NOT_STARTED, List.of("no-collaboration-agreement"));
    }

    private static Step valuePropositionAndValueChain(TrajectoryFacts facts) {
        List<String> lacking = new ArrayList<>();
        if (!facts.typeChosen()) {
            lacking.add("no-type-chosen");
        }
        if (facts.socialEconomyPartners() == 0) {
            lacking.add("no-social-economy-partner");
        }
        if (facts.regularEconomyPartners() == 0) {
            lacking.add("no-regular-economy-partner");
        }
        if (facts.partnersWithoutContribution() > 0) {
            lacking.add("partners-without-contribution");
        }
        if (facts.activities() == 0) {
            lacking.add("no-value-chain");
        }
        if (facts.activitiesWithoutResponsiblePartner() > 0) {
            lacking.add("activities-without-responsible-partner");
        }
        boolean started = facts.typeChosen()
                || facts.socialEconomyPartners() + facts.regularEconomyPartners() > 0
                || facts.activities() > 0;
        Status status = lacking.isEmpty() ? Status.COMPLETE : started ? Status.IN_PROGRESS : Status.NOT_STARTED;
        return new Step(1, "value-proposition-and-value-chain", status, List.copyOf(lacking));
    }
}
