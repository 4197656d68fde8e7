package org.weconomics.canvas.workshop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.support.concurrency.Versioned;

/** A workshop as clients read it: its plan and where the day is. Its {@code version} is also sent as the ETag. */
@Schema(name = "Workshop")
public record WorkshopView(
        UUID id,
        @Schema(example = "gent") String localGroup,
        String title,
        @Schema(example = "2027-03-18") LocalDate date,
        @Schema(example = "09:00") LocalTime startTime,
        @Schema(example = "17:00") LocalTime endTime,
        String place,
        String link,
        WorkshopLanguage language,
        WorkshopVariant variant,
        String caseText,
        WorkshopFormat format,
        WorkshopStatus status,
        @Schema(description = "Token subjects of the facilitators.") List<String> facilitators,
        @Schema(description = "The canvases the workshop set up, in the order of the afternoon.") List<UUID> canvasIds,
        List<Participant> participants,
        @Schema(description = "Present when the group is smaller or larger than the method recommends.")
                GroupSizeAdvice groupSizeAdvice,
        @Schema(description = "The morning's theory topics.") List<AgendaItem> agenda,
        @Schema(description = "The afternoon's steps, one block of a canvas each.") List<WorkshopStep> steps,
        @Schema(description = "The step the group is at, an index into steps; absent before the first.")
                Integer currentStep,
        TimerView timer,
        @Schema(description = "What the workshop agreed to do after the day, in its order.") List<NextStep> nextSteps,
        @Schema(description = "Token subject of who set it up.") String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every change; send it back in If-Match.", example = "0") long version)
        implements Versioned {

    static WorkshopView of(Workshop workshop, List<UUID> canvasIds, OffsetDateTime now) {
        int present = (int) workshop.participants.stream()
                .filter(participant -> participant.attendance() != Attendance.ABSENT)
                .count();
        return new WorkshopView(
                workshop.id,
                workshop.localGroup,
                workshop.title,
                workshop.date,
                workshop.startTime,
                workshop.endTime,
                workshop.place,
                workshop.link,
                workshop.language,
                workshop.variant,
                workshop.caseText,
                workshop.format,
                workshop.status,
                List.copyOf(workshop.facilitators),
                canvasIds,
                List.copyOf(workshop.participants),
                GroupSizeAdvice.forGroupOf(present, workshop.language),
                List.copyOf(workshop.agenda),
                List.copyOf(workshop.steps),
                workshop.currentStep,
                TimerView.of(workshop, now),
                List.copyOf(workshop.nextSteps),
                workshop.createdBy,
                workshop.createdAt,
                workshop.updatedAt,
                workshop.version);
    }
}
