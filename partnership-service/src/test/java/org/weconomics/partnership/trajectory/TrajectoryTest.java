package org.weconomics.partnership.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.weconomics.partnership.trajectory.Trajectory.Status;

class TrajectoryTest {

    @Test
    void aNewPartnershipLacksEverythingOfStepOne() {
        Trajectory.Assessment assessment =
                Trajectory.assess(new TrajectoryFacts(false, 0, 0, 0, 0, 0, 0, 0, false, 0, 0));

        assertThat(assessment.currentStep()).isEqualTo(1);
        assertThat(assessment.steps().get(0).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(assessment.steps().get(0).lacking())
                .containsExactly(
                        "no-type-chosen", "no-social-economy-partner", "no-regular-economy-partner", "no-value-chain");
    }

    @Test
    void stepOneIsInProgressWhileSomethingIsMissing() {
        Trajectory.Assessment assessment =
                Trajectory.assess(new TrajectoryFacts(true, 1, 0, 1, 2, 1, 0, 0, false, 0, 0));

        assertThat(assessment.steps().get(0).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(assessment.steps().get(0).lacking())
                .containsExactly(
                        "no-regular-economy-partner",
                        "partners-without-contribution",
                        "activities-without-responsible-partner");
    }

    @Test
    void aCompleteFirstStepMovesTheTrajectoryToTheTensions() {
        Trajectory.Assessment assessment =
                Trajectory.assess(new TrajectoryFacts(true, 1, 1, 0, 3, 0, 0, 0, false, 0, 0));

        assertThat(assessment.currentStep()).isEqualTo(2);
        assertThat(assessment.steps().get(0).status()).isEqualTo(Status.COMPLETE);
        assertThat(assessment.steps().get(0).lacking()).isEmpty();
        assertThat(assessment.steps().subList(1, 4))
                .allSatisfy(step -> assertThat(step.status()).isEqualTo(Status.NOT_STARTED));
    }

    @Test
    void unresolvedTensionsKeepStepTwoInProgressAndResolvingThemCompletesIt() {
        Trajectory.Assessment open = Trajectory.assess(new TrajectoryFacts(true, 1, 1, 0, 3, 0, 3, 1, false, 0, 0));
        Trajectory.Assessment resolved = Trajectory.assess(new TrajectoryFacts(true, 1, 1, 0, 3, 0, 3, 0, false, 0, 0));

        assertThat(open.steps().get(1).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(open.steps().get(1).lacking()).containsExactly("tensions-unresolved");
        assertThat(resolved.steps().get(1).status()).isEqualTo(Status.COMPLETE);
        assertThat(resolved.currentStep()).isEqualTo(3);
    }

    @Test
    void aChosenDistributionAndSevenClearedElementsCompleteTheTrajectory() {
        Trajectory.Assessment drafting = Trajectory.assess(new TrajectoryFacts(true, 1, 1, 0, 3, 0, 2, 0, true, 4, 2));
        Trajectory.Assessment agreed = Trajectory.assess(new TrajectoryFacts(true, 1, 1, 0, 3, 0, 2, 0, true, 7, 7));

        assertThat(drafting.steps().get(2).status()).isEqualTo(Status.COMPLETE);
        assertThat(drafting.steps().get(3).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(drafting.steps().get(3).lacking()).containsExactly("agreement-elements-not-cleared");
        assertThat(drafting.currentStep()).isEqualTo(4);
        assertThat(agreed.steps()).allSatisfy(step -> assertThat(step.status()).isEqualTo(Status.COMPLETE));
    }

    @Test
    void withoutADistributionInTheEarningsModelStepThreeHasNotStarted() {
        Trajectory.Assessment assessment =
                Trajectory.assess(new TrajectoryFacts(true, 1, 1, 0, 3, 0, 1, 0, false, 0, 0));

        assertThat(assessment.steps().get(2).lacking()).containsExactly("no-distribution-chosen");
        assertThat(assessment.currentStep()).isEqualTo(3);
    }
}
