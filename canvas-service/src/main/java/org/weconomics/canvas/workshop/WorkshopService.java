package org.weconomics.canvas.workshop;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.canvas.InvalidFields;
import org.weconomics.canvas.access.CanvasOperation;
import org.weconomics.canvas.access.CanvasRoles;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasDraft;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.canvas.CanvasStatus;
import org.weconomics.canvas.canvas.ChangeCanvasStatusRequest;
import org.weconomics.canvas.facilitation.FacilitationService;
import org.weconomics.canvas.template.CanvasTemplate;
import org.weconomics.canvas.template.TemplateDocument;
import org.weconomics.canvas.template.TemplateService;
import org.weconomics.events.workshop.WorkshopChanged;
import org.weconomics.events.workshop.WorkshopCreated;
import org.weconomics.events.workshop.WorkshopEvents;
import org.weconomics.events.workshop.WorkshopPresented;
import org.weconomics.events.workshop.WorkshopStatusChanged;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.people.KnownMembers;
import org.weconomics.support.problem.Problem.InvalidField;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * Sets up, reads and changes workshops, inside the caller's local groups only: a workshop of another local group is
 * answered 404, exactly as if it did not exist. Setting one up creates the canvases of its afternoon through
 * {@link CanvasService}, so they are ordinary canvases (change log, live feed, facilitation) linked to it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class WorkshopService {

    static final String WORKSHOP = "Workshop";

    /** The parts of a workshop that {@code org.weconomics.canvas.workshop-changed} names. */
    static final String DETAILS = "details";

    static final String PARTICIPANTS = "participants";
    static final String AGENDA = "agenda";
    static final String STEPS = "steps";
    static final String CURRENT_STEP = "current-step";
    static final String NEXT_STEPS = "next-steps";

    private final LocalGroupAccess access;
    private final Caller caller;
    private final CanvasRoles roles;
    private final KnownMembers members;
    private final CanvasService canvases;
    private final TemplateService templates;
    private final FacilitationService facilitation;
    private final EventOutbox outbox;
    private final WorkshopOutcome outcome;

    public WorkshopService(
            LocalGroupAccess access,
            Caller caller,
            CanvasRoles roles,
            KnownMembers members,
            CanvasService canvases,
            TemplateService templates,
            FacilitationService facilitation,
            EventOutbox outbox,
            WorkshopOutcome outcome) {
        this.access = access;
        this.caller = caller;
        this.roles = roles;
        this.members = members;
        this.canvases = canvases;
        this.templates = templates;
        this.facilitation = facilitation;
        this.outbox = outbox;
        this.outcome = outcome;
    }

    public WorkshopView create(@NotNull @Valid CreateWorkshopRequest request) {
        access.requireMembership(request.localGroup(), "localGroup");
        List<String> facilitators = facilitators(request.localGroup(), request, List.of(caller.subject()));
        OffsetDateTime now = CanvasService.now();
        Workshop workshop = new Workshop();
        workshop.id = UUID.randomUUID();
        workshop.localGroup = request.localGroup();
        workshop.format = request.format();
        workshop.status = WorkshopStatus.PLANNED;
        apply(workshop, request, facilitators);
        workshop.agenda = new ArrayList<>(DefaultAgenda.items());
        workshop.createdBy = caller.subject();
        workshop.createdAt = now;
        workshop.updatedAt = now;
        workshop.persistAndFlush();

        List<Canvas> made = new ArrayList<>();
        List<TemplateDocument> documents = new ArrayList<>();
        for (String templateKey : workshop.format.templateKeys()) {
            CanvasTemplate template = CanvasTemplate.findLatest(templateKey)
                    .orElseThrow(
                            () -> new IllegalStateException("The shipped template " + templateKey + " is missing"));
            Canvas canvas = canvases.open(canvasOf(workshop, template), "");
            canvas.workshopId = workshop.id;
            made.add(canvas);
            documents.add(template.document);
        }
        workshop.steps = new ArrayList<>(StepPlan.of(made, documents));
        workshop.flush();
        List<UUID> canvasIds = made.stream().map(canvas -> canvas.id).toList();
        outbox.record(
                WorkshopEvents.CREATED,
                new WorkshopCreated(
                        workshop.id,
                        workshop.localGroup,
                        workshop.title,
                        workshop.date.toString(),
                        workshop.format.key(),
                        workshop.variant.key(),
                        List.copyOf(workshop.facilitators),
                        canvasIds,
                        workshop.createdBy,
                        workshop.version));
        return WorkshopView.of(workshop, canvasIds, now);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkshopView get(@NotNull UUID id) {
        return view(requireAccessible(id));
    }

    /** The workshops of the caller's local groups (every one for admins), the latest day first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<WorkshopView> list(String localGroup, WorkshopStatus status, @NotNull @Valid PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.isAdmin()) {
            conditions.add("localGroup in :mine");
            parameters.put("mine", caller.localGroups().isEmpty() ? List.of("") : caller.localGroups());
        }
        if (localGroup != null && !localGroup.isBlank()) {
            conditions.add("localGroup = :localGroup");
            parameters.put("localGroup", localGroup.strip());
        }
        if (status != null) {
            conditions.add("status = :status");
            parameters.put("status", status);
        }
        Sort latestFirst = Sort.descending("date", "startTime").and("id");
        var query = conditions.isEmpty()
                ? Workshop.<Workshop>findAll(latestFirst)
                : Workshop.<Workshop>find(String.join(" and ", conditions), latestFirst, parameters);
        return PageView.of(query, page, this::view);
    }

    public WorkshopView update(@NotNull UUID id, long expectedVersion, @NotNull @Valid UpdateWorkshopRequest request) {
        Workshop workshop = begin(id, expectedVersion, CanvasOperation.UPDATE_WORKSHOP);
        apply(workshop, request, facilitators(workshop.localGroup, request, workshop.facilitators));
        return changed(workshop, DETAILS);
    }

    /** planned → running → presented → closed; the canvases of the afternoon follow into the workshop and out. */
    public WorkshopView changeStatus(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid ChangeWorkshopStatusRequest request) {
        Workshop workshop = begin(id, expectedVersion, CanvasOperation.CHANGE_WORKSHOP_STATUS);
        WorkshopStatus previous = workshop.status;
        if (!previous.mayBecome(request.status())) {
            throw new ProblemException(
                    ProblemType.STATUS_CHANGE_NOT_ALLOWED,
                    "A workshop that is " + previous.key() + " cannot become "
                            + request.status().key() + "; it may become: "
                            + (previous.next() == null
                                    ? "none, it is closed"
                                    : previous.next().key()));
        }
        workshop.status = request.status();
        List<WorkshopPresented.PresentedCanvas> presented = List.of();
        switch (workshop.status) {
            case RUNNING -> moveCanvases(workshop, CanvasStatus.DRAFT, CanvasStatus.IN_WORKSHOP);
            case PRESENTED -> {
                moveCanvases(workshop, CanvasStatus.IN_WORKSHOP, CanvasStatus.PRESENTED);
                presented = outcome.snapshotCanvases(workshop);
            }
            default -> {}
        }
        if (workshop.status != WorkshopStatus.RUNNING) {
            SharedTimer.stop(workshop);
        }
        touch(workshop);
        outbox.record(
                WorkshopEvents.STATUS_CHANGED,
                new WorkshopStatusChanged(
                        workshop.id,
                        workshop.localGroup,
                        previous.key(),
                        workshop.status.key(),
                        caller.subject(),
                        workshop.version));
        if (workshop.status == WorkshopStatus.PRESENTED) {
            outbox.record(WorkshopEvents.PRESENTED, outcome.presented(workshop, presented, caller.subject()));
        }
        return view(workshop);
    }

    /** Replaces what the workshop agreed to do after the day; an owner must be a member of the local group. */
    public WorkshopView updateNextSteps(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid UpdateNextStepsRequest request) {
        Workshop workshop = begin(id, expectedVersion, CanvasOperation.UPDATE_WORKSHOP_NEXT_STEPS);
        List<NextStep> steps = new ArrayList<>();
        for (int i = 0; i < request.nextSteps().size(); i++) {
            NextStep step = request.nextSteps().get(i);
            String owner = step.owner() == null ? null : step.owner().strip();
            if (owner != null) {
                members.requireMember(workshop.localGroup, owner, caller.subject(), "nextSteps[" + i + "].owner");
            }
            steps.add(new NextStep(step.kind(), step.text().strip(), owner, step.dueDate()));
        }
        workshop.nextSteps = steps;
        return changed(workshop, NEXT_STEPS);
    }

    public WorkshopView updateParticipants(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid UpdateParticipantsRequest request) {
        Workshop workshop = begin(id, expectedVersion, CanvasOperation.UPDATE_WORKSHOP_PARTICIPANTS);
        workshop.participants = new ArrayList<>(
                ParticipantList.checked(request.participants(), workshop.localGroup, members, caller.subject()));
        return changed(workshop, PARTICIPANTS);
    }

    public WorkshopView updateAgenda(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid UpdateAgendaRequest request) {
        Workshop workshop = begin(id, expectedVersion, CanvasOperation.UPDATE_WORKSHOP_AGENDA);
        workshop.agenda = new ArrayList<>(request.items().stream()
                .map(item -> new AgendaItem(item.title(), item.minutes()))
                .toList());
        return changed(workshop, AGENDA);
    }

    /** Replaces the afternoon's steps; the group then stands at no step, and the timer stops. */
    public WorkshopView updateSteps(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid UpdateStepsRequest request) {
        Workshop workshop = begin(id, expectedVersion, CanvasOperation.UPDATE_WORKSHOP_STEPS);
        Map<UUID, Canvas> own = new HashMap<>();
        canvasesOf(workshop).forEach(canvas -> own.put(canvas.id, canvas));
        List<InvalidField> invalid = new ArrayList<>();
        List<WorkshopStep> steps = new ArrayList<>();
        for (int i = 0; i < request.steps().size(); i++) {
            UpdateStepsRequest.PlannedStep planned = request.steps().get(i);
            String field = "steps[" + i + "]";
            Canvas canvas = own.get(planned.canvasId());
            if (canvas == null) {
                invalid.add(new InvalidField(field + ".canvasId", "is not one of the workshop's canvases"));
                continue;
            }
            TemplateDocument template = templates.get(canvas.templateKey, canvas.templateVersion);
            String blockKey = planned.blockKey().strip();
            template.blocks().stream()
                    .filter(block -> block.key().equals(blockKey))
                    .findFirst()
                    .ifPresentOrElse(
                            block -> steps.add(StepPlan.step(canvas, block, planned.minutes())),
                            () -> invalid.add(new InvalidField(
                                    field + ".blockKey", "is not a block of the canvas's template " + template.key())));
        }
        InvalidFields.refuse(invalid);
        workshop.steps = steps;
        workshop.currentStep = null;
        SharedTimer.stop(workshop);
        return changed(workshop, STEPS);
    }

    /** Moves the group to a step: the step's canvas focuses on its block, and the timer of the step before stops. */
    public WorkshopView moveToStep(@NotNull UUID id, long expectedVersion, @NotNull @Valid MoveToStepRequest request) {
        Workshop workshop = begin(id, expectedVersion, CanvasOperation.MOVE_TO_WORKSHOP_STEP);
        if (request.step() >= workshop.steps.size()) {
            throw ProblemException.invalidField(
                    "step",
                    workshop.steps.isEmpty()
                            ? "the workshop has no steps"
                            : "must be at most " + (workshop.steps.size() - 1) + ", the workshop's last step");
        }
        workshop.currentStep = request.step();
        SharedTimer.stop(workshop);
        WorkshopStep step = workshop.steps.get(request.step());
        requireCanvasOf(step);
        facilitation.moveFocusForWorkshopStep(step.canvasId(), step.blockKey());
        return changed(workshop, CURRENT_STEP);
    }

    /**
     * The frame of every change of a workshop: readable (404), the caller one of the role table's roles for it (403;
     * the filter refused the others already, this is the second line), If-Match its current version (412).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Workshop begin(UUID id, long expectedVersion, CanvasOperation operation) {
        Workshop workshop = requireAccessible(id);
        roles.require(operation, workshop);
        if (workshop.status == WorkshopStatus.CLOSED) {
            // Like an archived canvas: what the day was is kept as it was.
            throw ProblemException.conflict("Workshop " + id + " is closed; it can no longer change");
        }
        IfMatch.check(expectedVersion, workshop.version, () -> view(workshop));
        return workshop;
    }

    /** Stores a change and publishes which part of the workshop it changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    WorkshopView changed(Workshop workshop, String part) {
        touch(workshop);
        outbox.record(
                WorkshopEvents.CHANGED,
                new WorkshopChanged(workshop.id, workshop.localGroup, part, caller.subject(), workshop.version));
        return view(workshop);
    }

    /** Moves the workshop's version on, also when only its JSON columns changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    void touch(Workshop workshop) {
        workshop.updatedAt = CanvasService.now();
        workshop.flush();
    }

    /** A step's canvas may have been deleted since the steps were planned; then the steps must change first. */
    static void requireCanvasOf(WorkshopStep step) {
        if (Canvas.findById(step.canvasId()) == null) {
            throw ProblemException.conflict("The canvas " + step.canvasId() + " of this step was deleted; change the "
                    + "workshop's steps (PUT /workshops/{workshopId}/steps)");
        }
    }

    /** The workshop, when the caller may act in its local group; otherwise 404, exactly as if it did not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Workshop requireAccessible(@NotNull UUID id) {
        Workshop workshop = Workshop.findById(id);
        if (workshop == null) {
            throw ProblemException.notFound(WORKSHOP, id);
        }
        access.requireAccess(workshop.localGroup, WORKSHOP, id);
        return workshop;
    }

    WorkshopView view(Workshop workshop) {
        return WorkshopView.of(
                workshop, canvasesOf(workshop).stream().map(canvas -> canvas.id).toList(), CanvasService.now());
    }

    /** The workshop's canvases in the order of the afternoon (its format's order of templates). */
    static List<Canvas> canvasesOf(Workshop workshop) {
        List<String> order = workshop.format.templateKeys();
        return Canvas.<Canvas>list("workshopId", workshop.id).stream()
                .sorted(Comparator.comparingInt((Canvas canvas) -> order.indexOf(canvas.templateKey))
                        .thenComparing(canvas -> canvas.createdAt))
                .toList();
    }

    /** Moves the canvases that are where the workshop was on with it; a canvas someone moved already stays. */
    private void moveCanvases(Workshop workshop, CanvasStatus from, CanvasStatus to) {
        for (Canvas canvas : canvasesOf(workshop)) {
            if (canvas.status == from) {
                canvases.changeStatus(canvas.id, canvas.version, new ChangeCanvasStatusRequest(to));
            }
        }
    }

    private static void apply(Workshop workshop, WorkshopDetails details, List<String> facilitators) {
        List<InvalidField> invalid = new ArrayList<>();
        if (!details.endTime().isAfter(details.startTime())) {
            invalid.add(new InvalidField("endTime", "must be after startTime"));
        }
        if (details.variant() == WorkshopVariant.TRAINER_CASE
                && (details.caseText() == null || details.caseText().isBlank())) {
            invalid.add(new InvalidField("caseText", "is required for a trainer-case: the case the trainer brings"));
        }
        InvalidFields.refuse(invalid);
        workshop.title = details.title().strip();
        workshop.date = details.date();
        workshop.startTime = details.startTime();
        workshop.endTime = details.endTime();
        workshop.place = blankToNull(details.place());
        workshop.link = blankToNull(details.link());
        workshop.language = details.language();
        workshop.variant = details.variant();
        workshop.caseText = blankToNull(details.caseText());
        workshop.facilitators = new ArrayList<>(facilitators);
    }

    /**
     * The facilitators a request names, each a member of the local group.
     *
     * @param unnamed who they are when the request names none: the caller setting a workshop up, or the current ones
     */
    private List<String> facilitators(String localGroup, WorkshopDetails details, List<String> unnamed) {
        if (details.facilitators() == null || details.facilitators().isEmpty()) {
            return List.copyOf(unnamed);
        }
        LinkedHashSet<String> named = new LinkedHashSet<>();
        for (int i = 0; i < details.facilitators().size(); i++) {
            String subject = details.facilitators().get(i).strip();
            members.requireMember(localGroup, subject, caller.subject(), "facilitators[" + i + "]");
            named.add(subject);
        }
        return List.copyOf(named);
    }

    /** A canvas of the afternoon: named after its template and the workshop, facilitated by its first facilitator. */
    private static CanvasDraft canvasOf(Workshop workshop, CanvasTemplate template) {
        String title = template.document.title().in(workshop.language.language()) + " — " + workshop.title;
        return new CanvasDraft(
                workshop.localGroup,
                null,
                null,
                template.templateKey,
                template.version,
                title.length() > 200 ? title.substring(0, 200) : title,
                workshop.caseText == null || workshop.caseText.length() <= 2000
                        ? workshop.caseText
                        : workshop.caseText.substring(0, 2000),
                workshop.facilitators.get(0),
                CanvasStatus.DRAFT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
