package org.weconomics.canvas.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.template.LocalizedText;
import org.weconomics.support.problem.ProblemException;

/** The rules of the shared timer, without booting Quarkus. */
class SharedTimerTest {

    private static final OffsetDateTime NINE = OffsetDateTime.of(2027, 3, 18, 13, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void itCountsDownTheStepsTimeboxPausesKeepingWhatIsLeftAndResumes() {
        Workshop workshop = atAFifteenMinuteStep();
        SharedTimer.start(workshop, NINE);
        assertThat(TimerView.of(workshop, NINE.plusMinutes(5)).remainingSeconds())
                .isEqualTo(600);
        assertThat(TimerView.of(workshop, NINE).endsAt()).isEqualTo(NINE.plusMinutes(15));

        SharedTimer.pause(workshop, NINE.plusMinutes(5));
        assertThat(TimerView.of(workshop, NINE.plusMinutes(30)).remainingSeconds())
                .isEqualTo(600);

        SharedTimer.start(workshop, NINE.plusMinutes(30));
        assertThat(TimerView.of(workshop, NINE.plusMinutes(31)).remainingSeconds())
                .isEqualTo(540);
    }

    @Test
    void extendingCountsFromNowAndTimeUpShowsNothingLeft() {
        Workshop workshop = atAFifteenMinuteStep();
        SharedTimer.start(workshop, NINE);
        assertThat(TimerView.of(workshop, NINE.plusMinutes(20)).remainingSeconds())
                .isZero();

        SharedTimer.extend(workshop, 5, NINE.plusMinutes(20));
        assertThat(TimerView.of(workshop, NINE.plusMinutes(20)).remainingSeconds())
                .isEqualTo(300);
        assertThat(workshop.timerState).isEqualTo(TimerState.RUNNING);
    }

    @Test
    void whatTheStateDoesNotAllowIsAConflict() {
        Workshop workshop = atAFifteenMinuteStep();
        assertThatThrownBy(() -> SharedTimer.pause(workshop, NINE)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> SharedTimer.extend(workshop, 5, NINE)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> SharedTimer.end(workshop)).isInstanceOf(ProblemException.class);
        SharedTimer.start(workshop, NINE);
        assertThatThrownBy(() -> SharedTimer.start(workshop, NINE)).isInstanceOf(ProblemException.class);
        SharedTimer.end(workshop);
        assertThat(TimerView.of(workshop, NINE).state()).isEqualTo(TimerState.STOPPED);

        workshop.currentStep = null;
        assertThatThrownBy(() -> SharedTimer.start(workshop, NINE)).isInstanceOf(ProblemException.class);
    }

    @Test
    void theGroupSizeIsAdvisedBelowTenAndAboveTwenty() {
        assertThat(GroupSizeAdvice.forGroupOf(9, WorkshopLanguage.NL)).isNotNull();
        assertThat(GroupSizeAdvice.forGroupOf(10, WorkshopLanguage.NL)).isNull();
        assertThat(GroupSizeAdvice.forGroupOf(20, WorkshopLanguage.EN)).isNull();
        assertThat(GroupSizeAdvice.forGroupOf(21, WorkshopLanguage.EN).message())
                .contains("21");
    }

    @Test
    void theStatusOnlyMovesForwardOneStepAtATime() {
        assertThat(WorkshopStatus.PLANNED.mayBecome(WorkshopStatus.RUNNING)).isTrue();
        assertThat(WorkshopStatus.PLANNED.mayBecome(WorkshopStatus.PRESENTED)).isFalse();
        assertThat(WorkshopStatus.PRESENTED.mayBecome(WorkshopStatus.RUNNING)).isFalse();
        assertThat(WorkshopStatus.CLOSED.next()).isNull();
    }

    private static Workshop atAFifteenMinuteStep() {
        Workshop workshop = new Workshop();
        workshop.id = UUID.randomUUID();
        workshop.steps = List.of(
                new WorkshopStep(UUID.randomUUID(), "vision", new LocalizedText("Visie", "Vision"), List.of(), 15));
        workshop.currentStep = 0;
        return workshop;
    }
}
