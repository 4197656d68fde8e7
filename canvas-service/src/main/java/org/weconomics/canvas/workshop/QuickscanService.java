package org.weconomics.canvas.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.weconomics.canvas.InvalidFields;
import org.weconomics.canvas.access.CanvasOperation;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.note.CreateNoteRequest;
import org.weconomics.canvas.note.NoteService;
import org.weconomics.canvas.template.CanvasTemplate;
import org.weconomics.canvas.template.TemplateDocument;
import org.weconomics.canvas.template.TemplateService;
import org.weconomics.support.access.Caller;
import org.weconomics.support.problem.Problem.InvalidField;
import org.weconomics.support.problem.ProblemException;

/**
 * The quickscan of a workshop: the client's answers before the day. For the client's own case they become the
 * workshop's case description; and once, before the afternoon, they can become draft notes on the workshop's CMC,
 * hidden until the facilitator reveals them, so the group starts from what the client wrote without being led by it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class QuickscanService {

    static final String QUICKSCAN = "quickscan";

    private final WorkshopService workshops;
    private final TemplateService templates;
    private final CanvasService canvases;
    private final NoteService notes;
    private final Caller caller;

    public QuickscanService(
            WorkshopService workshops,
            TemplateService templates,
            CanvasService canvases,
            NoteService notes,
            Caller caller) {
        this.workshops = workshops;
        this.templates = templates;
        this.canvases = canvases;
        this.notes = notes;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QuickscanView get(@NotNull UUID id) {
        Workshop workshop = workshops.requireAccessible(id);
        return QuickscanView.of(workshop, questionsOf(workshop));
    }

    public QuickscanView answer(
            @NotNull UUID id, long expectedVersion, @NotNull @Valid UpdateQuickscanRequest request) {
        Workshop workshop = workshops.begin(id, expectedVersion, CanvasOperation.UPDATE_WORKSHOP_QUICKSCAN);
        List<QuickscanQuestions.Group> groups = questionsOf(workshop);
        Map<String, QuickscanQuestions.Question> byKey = QuickscanQuestions.all(groups).stream()
                .collect(Collectors.toMap(QuickscanQuestions.Question::key, Function.identity()));
        List<InvalidField> invalid = new ArrayList<>();
        request.answers().keySet().stream()
                .filter(key -> !byKey.containsKey(key))
                .sorted()
                .forEach(key -> invalid.add(new InvalidField("answers." + key, "is not a question of the quickscan")));
        InvalidFields.refuse(invalid);
        Map<String, String> answers = new LinkedHashMap<>();
        for (QuickscanQuestions.Question question : QuickscanQuestions.all(groups)) {
            String answer = request.answers().get(question.key());
            if (answer != null && !answer.isBlank()) {
                answers.put(question.key(), answer.strip());
            }
        }
        workshop.quickscanAnswers = answers;
        if (workshop.variant == WorkshopVariant.OWN_CASE) {
            workshop.caseText = CaseDescription.of(groups, answers, workshop.language);
        }
        workshops.changed(workshop, QUICKSCAN);
        return QuickscanView.of(workshop, groups);
    }

    /** Once: every answer to a block's question becomes a hidden note in that block, naming the question. */
    public DraftNotesView draftNotes(@NotNull UUID id, long expectedVersion) {
        Workshop workshop = workshops.begin(id, expectedVersion, CanvasOperation.DRAFT_QUICKSCAN_NOTES);
        if (workshop.quickscanDraftedAt != null) {
            throw ProblemException.conflict(
                    "The quickscan's answers became draft notes already, at " + workshop.quickscanDraftedAt);
        }
        Canvas cmc = communityModelCanvas(workshop)
                .orElseThrow(() -> ProblemException.conflict(
                        "The workshop has no Community Model Canvas to draft notes on (a half day of theory)"));
        List<QuickscanQuestions.Question> answered = QuickscanQuestions.all(questionsOf(workshop)).stream()
                .filter(question -> !question.ownQuestion() && workshop.quickscanAnswers.containsKey(question.key()))
                .toList();
        if (answered.isEmpty()) {
            throw ProblemException.conflict("No question of a block of the canvas has an answer yet");
        }
        Canvas canvas = canvases.requireChangeable(cmc.id);
        OffsetDateTime now = CanvasService.now();
        List<UUID> noteIds = new ArrayList<>();
        for (QuickscanQuestions.Question question : answered) {
            CreateNoteRequest note = new CreateNoteRequest(
                    question.blockKey(),
                    workshop.quickscanAnswers.get(question.key()),
                    null,
                    null,
                    null,
                    null,
                    question.index());
            noteIds.add(notes.put(canvas, UUID.randomUUID(), note, "", caller.subject(), now, true).id);
        }
        workshop.quickscanDraftedAt = now;
        workshops.changed(workshop, QUICKSCAN);
        return new DraftNotesView(canvas.id, noteIds, workshop.version);
    }

    /** The questions of the workshop's CMC's template version, or of the latest CMC for a workshop without one. */
    private List<QuickscanQuestions.Group> questionsOf(Workshop workshop) {
        TemplateDocument template = communityModelCanvas(workshop)
                .map(canvas -> templates.get(canvas.templateKey, canvas.templateVersion))
                .orElseGet(() -> CanvasTemplate.findLatest(WorkshopFormat.Templates.CMC)
                        .orElseThrow(() -> new IllegalStateException("The shipped CMC template is missing"))
                        .document);
        return QuickscanQuestions.of(template);
    }

    private static Optional<Canvas> communityModelCanvas(Workshop workshop) {
        return WorkshopService.canvasesOf(workshop).stream()
                .filter(canvas -> canvas.templateKey.equals(WorkshopFormat.Templates.CMC))
                .findFirst();
    }
}
