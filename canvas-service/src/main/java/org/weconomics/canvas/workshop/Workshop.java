package org.weconomics.canvas.workshop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A one-day workshop of the method: its plan, who takes part, the morning's agenda and the afternoon's steps. */
@Entity
@Table(name = "workshop")
public class Workshop extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "local_group", nullable = false)
    public String localGroup;

    @Column(nullable = false)
    public String title;

    @Column(name = "workshop_date", nullable = false)
    public LocalDate date;

    @Column(name = "start_time", nullable = false)
    public LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    public LocalTime endTime;

    public String place;

    public String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopLanguage language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopVariant variant;

    /** The case description: the trainer's case, or (own case) what the client's quickscan told. */
    @Column(name = "case_text")
    public String caseText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopFormat format;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkshopStatus status;

    /** Token subjects of the facilitators, members of the local group. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> facilitators = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Participant> participants = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<AgendaItem> agenda = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<WorkshopStep> steps = new ArrayList<>();

    @Column(name = "current_step")
    public Integer currentStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "timer_state", nullable = false)
    public TimerState timerState = TimerState.STOPPED;

    @Column(name = "timer_started_at")
    public OffsetDateTime timerStartedAt;

    @Column(name = "timer_remaining_seconds")
    public Integer timerRemainingSeconds;

    /** The client's quickscan answers by question key ({@link QuickscanQuestions}), in the questions' order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "quickscan_answers", nullable = false)
    public Map<String, String> quickscanAnswers = new LinkedHashMap<>();

    /** What the workshop agreed to do after the day, in its order. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "next_steps", nullable = false)
    public List<NextStep> nextSteps = new ArrayList<>();

    @Column(name = "quickscan_drafted_at")
    public OffsetDateTime quickscanDraftedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(nullable = false)
    public long version;
}
