package org.weconomics.canvas.note;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.weconomics.canvas.InvalidFields;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.facilitation.BoardLock;
import org.weconomics.canvas.facilitation.NoteVisibility;
import org.weconomics.canvas.history.CanvasChanges;
import org.weconomics.canvas.history.WhatChanged;
import org.weconomics.canvas.template.TemplateDocument;
import org.weconomics.canvas.template.TemplateService;
import org.weconomics.canvas.template.ValueTag;
import org.weconomics.events.canvas.CanvasEvents;
import org.weconomics.events.canvas.NoteCommentAdded;
import org.weconomics.events.canvas.NoteMoved;
import org.weconomics.events.canvas.NoteRemoved;
import org.weconomics.support.access.Caller;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.Problem.InvalidField;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * Puts notes on a canvas, changes, moves, reorders and removes them, and collects comments on them. Every
 * route goes through the canvas's access check, so a note of a canvas outside the caller's local groups is
 * not found. Notes must fit the canvas's template version: an existing block, only the template's tags, a guiding
 * question of their block. The facilitator's settings apply: a hidden note is not found by who may not see it
 * ({@link NoteVisibility}), and while the board is locked participants cannot add, change, move or remove notes
 * ({@link BoardLock}); they still comment. Every change goes into the canvas's change log ({@link CanvasChanges}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class NoteService {

    /** Bounds a canvas, so that its notes can be listed, exported and shown whole. */
    public static final int MAX_NOTES_PER_CANVAS = 2000;

    private static final String NOTE = "Note";

    private final CanvasService canvases;
    private final TemplateService templates;
    private final Caller caller;
    private final CanvasChanges changes;
    private final NoteVisibility visibility;
    private final BoardLock boardLock;

    public NoteService(
            CanvasService canvases,
            TemplateService templates,
            Caller caller,
            CanvasChanges changes,
            NoteVisibility visibility,
            BoardLock boardLock) {
        this.canvases = canvases;
        this.templates = templates;
        this.caller = caller;
        this.changes = changes;
        this.visibility = visibility;
        this.boardLock = boardLock;
    }

    /** The notes of a canvas in the template's block order, by position; optionally of one block only; one page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<NoteView> list(@NotNull UUID canvasId, String blockKey, @NotNull @Valid PageRequest page) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        TemplateDocument template = templateOf(canvas);
        List<Note> notes = blockKey == null || blockKey.isBlank()
                ? inTemplateOrder(Note.onCanvas(canvasId), template)
                : Note.inBlock(canvasId, blockKey.strip());
        return PageView.of(
                visibility.visibleToCaller(canvas, notes).stream()
                        .map(NoteView::of)
                        .toList(),
                page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoteView get(@NotNull UUID canvasId, @NotNull UUID noteId) {
        return NoteView.of(requireNote(canvases.requireAccessible(canvasId), noteId));
    }

    public NoteView add(@NotNull UUID canvasId, @NotNull @Valid CreateNoteRequest request) {
        Canvas canvas = requireNotesChangeable(canvasId);
        TemplateDocument template = templateOf(canvas);
        InvalidFields.refuse(violations(template, "", request));
        requireRoomFor(canvasId, 1);
        return NoteView.of(put(canvas, request, "", caller.subject(), CanvasService.now()));
    }

    /** Adds every note in the order given, or none when any of them is wrong (each wrong field is named). */
    public AddedNotesView addAll(@NotNull UUID canvasId, @NotNull @Valid AddNotesRequest request) {
        Canvas canvas = requireNotesChangeable(canvasId);
        TemplateDocument template = templateOf(canvas);
        List<InvalidField> problems = new ArrayList<>();
        for (int i = 0; i < request.notes().size(); i++) {
            problems.addAll(
                    violations(template, "notes[" + i + "].", request.notes().get(i)));
        }
        InvalidFields.refuse(problems);
        requireRoomFor(canvasId, request.notes().size());
        List<NoteView> added = new ArrayList<>();
        OffsetDateTime now = CanvasService.now();
        for (int i = 0; i < request.notes().size(); i++) {
            added.add(NoteView.of(put(canvas, request.notes().get(i), "notes[" + i + "].", caller.subject(), now)));
        }
        return new AddedNotesView(added);
    }

    /**
     * Puts a valid note in its block, at its position or at the end, and records it; hidden while the facilitator's
     * hidden mode is on. Also used by import, which keeps the original author and time.
     */
    public Note put(Canvas canvas, CreateNoteRequest request, String path, String author, OffsetDateTime createdAt) {
        return put(canvas, UUID.randomUUID(), request, path, author, createdAt, false);
    }

    /**
     * Like {@link #put(Canvas, CreateNoteRequest, String, String, OffsetDateTime)}, under a given id (a restore);
     * {@code hidden} keeps a note hidden that was hidden, whatever the hidden mode is now.
     */
    public Note put(
            Canvas canvas,
            UUID noteId,
            CreateNoteRequest request,
            String path,
            String author,
            OffsetDateTime createdAt,
            boolean hidden) {
        int inBlock = Note.countInBlock(canvas.id, request.blockKey());
        int position = request.position() == null ? inBlock : request.position();
        if (position > inBlock) {
            throw ProblemException.invalidField(
                    path + "position",
                    "must be at most " + inBlock + ", the number of notes in block " + request.blockKey());
        }
        Note note = new Note();
        note.id = noteId;
        note.canvasId = canvas.id;
        Note.shift(canvas.id, request.blockKey(), position, 1, note.id);
        note.blockKey = request.blockKey();
        note.position = position;
        note.text = request.text().strip();
        note.question = request.question();
        note.colour = request.colourOrDefault();
        note.valueTags = new ArrayList<>(request.valueTagsOrNone());
        note.lensTags = new ArrayList<>(request.lensTagsOrNone());
        note.author = author;
        note.hidden = hidden || visibility.startsHidden(canvas);
        note.createdAt = createdAt;
        note.updatedAt = createdAt;
        note.persistAndFlush();
        changes.record(
                CanvasEvents.NOTE_ADDED,
                WhatChanged.ofNote(canvas.id, note.id, null, NoteContent.of(note)),
                sequence -> NoteView.event(note, sequence));
        return note;
    }

    public NoteView update(
            @NotNull UUID canvasId,
            @NotNull UUID noteId,
            long expectedVersion,
            @NotNull @Valid UpdateNoteRequest request) {
        Canvas canvas = requireNotesChangeable(canvasId);
        Note note = requireNote(canvas, noteId);
        IfMatch.check(expectedVersion, note.version, () -> NoteView.of(note));
        TemplateDocument template = templateOf(canvas);
        List<InvalidField> problems =
                new ArrayList<>(NoteRules.violations(template, "", null, request.valueTags(), request.lensTags()));
        problems.addAll(NoteRules.questionViolations(template, "", note.blockKey, request.question()));
        InvalidFields.refuse(problems);
        rewrite(
                note,
                request.text().strip(),
                request.question(),
                request.colour(),
                request.valueTags(),
                request.lensTags());
        return NoteView.of(note);
    }

    /** Replaces what a valid note says and records the change; also used by restore. */
    public void rewrite(
            Note note,
            String text,
            Integer question,
            NoteColour colour,
            List<ValueTag> valueTags,
            List<String> lensTags) {
        NoteContent before = NoteContent.of(note);
        note.text = text;
        note.question = question;
        note.colour = colour;
        note.valueTags = new ArrayList<>(valueTags);
        note.lensTags = new ArrayList<>(lensTags);
        note.updatedAt = CanvasService.now();
        note.persistAndFlush();
        changes.record(
                CanvasEvents.NOTE_CHANGED,
                WhatChanged.ofNote(note.canvasId, note.id, before, NoteContent.of(note)),
                sequence -> NoteView.event(note, sequence));
    }

    /**
     * Moves a note to another block or to another place in its own block; the notes around it shift. A note moved to
     * another block no longer answers a guiding question: the questions are its old block's.
     */
    public NoteView place(
            @NotNull UUID canvasId,
            @NotNull UUID noteId,
            long expectedVersion,
            @NotNull @Valid PlaceNoteRequest request) {
        Canvas canvas = requireNotesChangeable(canvasId);
        Note note = requireNote(canvas, noteId);
        IfMatch.check(expectedVersion, note.version, () -> NoteView.of(note));
        String toBlock = request.blockKey().strip();
        InvalidFields.refuse(NoteRules.violations(templateOf(canvas), "", toBlock, List.of(), List.of()));
        String fromBlock = note.blockKey;
        int fromPosition = note.position;
        int othersInTarget = Note.countInBlock(canvasId, toBlock) - (toBlock.equals(fromBlock) ? 1 : 0);
        if (request.position() > othersInTarget) {
            throw ProblemException.invalidField(
                    "position",
                    "must be at most " + othersInTarget + ", the number of other notes in block " + toBlock);
        }
        if (toBlock.equals(fromBlock) && request.position() == fromPosition) {
            return NoteView.of(note);
        }
        moveTo(note, toBlock, request.position());
        return NoteView.of(note);
    }

    /**
     * Moves a note to a valid place (a block of the template, a position at most the number of other notes there) and
     * records the move; the notes around its old and new places shift. Also used by restore.
     */
    public void moveTo(Note note, String toBlock, int toPosition) {
        NoteContent before = NoteContent.of(note);
        Note.shift(note.canvasId, note.blockKey, note.position + 1, -1, note.id);
        Note.shift(note.canvasId, toBlock, toPosition, 1, note.id);
        if (!toBlock.equals(note.blockKey)) {
            note.question = null;
        }
        note.blockKey = toBlock;
        note.position = toPosition;
        note.updatedAt = CanvasService.now();
        note.persistAndFlush();
        changes.record(
                CanvasEvents.NOTE_MOVED,
                WhatChanged.ofNote(note.canvasId, note.id, before, NoteContent.of(note)),
                sequence -> new NoteMoved(
                        note.canvasId,
                        note.id,
                        before.blockKey(),
                        before.position(),
                        note.blockKey,
                        note.position,
                        sequence));
    }

    /** Removes a note with its comments; the notes after it in its block move up. */
    public void remove(@NotNull UUID canvasId, @NotNull UUID noteId, long expectedVersion) {
        Note note = requireNote(requireNotesChangeable(canvasId), noteId);
        IfMatch.check(expectedVersion, note.version, () -> NoteView.of(note));
        takeOff(note);
    }

    /** Removes a note with its comments and records it; the notes after it move up. Also used by restore. */
    public void takeOff(Note note) {
        NoteContent before = NoteContent.of(note);
        note.delete();
        note.flush();
        Note.shift(note.canvasId, note.blockKey, note.position + 1, -1, note.id);
        changes.record(
                CanvasEvents.NOTE_REMOVED,
                WhatChanged.ofNote(note.canvasId, note.id, before, null),
                sequence -> new NoteRemoved(note.canvasId, note.id, note.blockKey, sequence));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<CommentView> comments(
            @NotNull UUID canvasId, @NotNull UUID noteId, @NotNull @Valid PageRequest page) {
        requireNote(canvases.requireAccessible(canvasId), noteId);
        return PageView.of(NoteComment.onNote(noteId), page, CommentView::of);
    }

    public CommentView comment(
            @NotNull UUID canvasId, @NotNull UUID noteId, @NotNull @Valid CreateCommentRequest request) {
        requireNote(canvases.requireChangeable(canvasId), noteId);
        NoteComment comment =
                addComment(canvasId, noteId, request.text().strip(), caller.subject(), CanvasService.now());
        return CommentView.of(comment);
    }

    /** Stores a comment and records it; also used by import, which keeps the original author and time. */
    public NoteComment addComment(UUID canvasId, UUID noteId, String text, String author, OffsetDateTime createdAt) {
        return addComment(canvasId, noteId, UUID.randomUUID(), text, author, createdAt);
    }

    /** Like {@link #addComment(UUID, UUID, String, String, OffsetDateTime)}, under a given id (a restore). */
    public NoteComment addComment(
            UUID canvasId, UUID noteId, UUID commentId, String text, String author, OffsetDateTime createdAt) {
        NoteComment comment = new NoteComment();
        comment.id = commentId;
        comment.noteId = noteId;
        comment.text = text;
        comment.author = author;
        comment.createdAt = createdAt;
        comment.persist();
        changes.record(
                CanvasEvents.NOTE_COMMENT_ADDED,
                WhatChanged.ofNote(canvasId, noteId, null, CommentView.of(comment)),
                sequence -> new NoteCommentAdded(canvasId, noteId, comment.id, comment.text, comment.author, sequence));
        return comment;
    }

    /** What is wrong with a new note on this template, named under {@code path}. */
    public static List<InvalidField> violations(TemplateDocument template, String path, CreateNoteRequest request) {
        List<InvalidField> problems = new ArrayList<>(NoteRules.violations(
                template, path, request.blockKey(), request.valueTagsOrNone(), request.lensTagsOrNone()));
        problems.addAll(NoteRules.questionViolations(template, path, request.blockKey(), request.question()));
        return problems;
    }

    /** Notes sorted by the template's block order, then by position. */
    public static List<Note> inTemplateOrder(List<Note> notes, TemplateDocument template) {
        List<String> blockOrder =
                template.blocks().stream().map(TemplateDocument.Block::key).toList();
        return notes.stream()
                .sorted(Comparator.<Note>comparingInt(note -> blockOrder.indexOf(note.blockKey))
                        .thenComparingInt(note -> note.position))
                .toList();
    }

    public TemplateDocument templateOf(Canvas canvas) {
        return templates.get(canvas.templateKey, canvas.templateVersion);
    }

    private static void requireRoomFor(UUID canvasId, int more) {
        if (Note.countOnCanvas(canvasId) + more > MAX_NOTES_PER_CANVAS) {
            throw new ProblemException(
                    ProblemType.NOTE_LIMIT_REACHED, "A canvas holds at most " + MAX_NOTES_PER_CANVAS + " notes");
        }
    }

    /** The canvas, when its notes may change: not archived (409), and not locked for a participant (409). */
    public Canvas requireNotesChangeable(UUID canvasId) {
        Canvas canvas = canvases.requireChangeable(canvasId);
        boardLock.requireNotesChangeableByCaller(canvas);
        return canvas;
    }

    /** A note of the canvas that the caller may see; a hidden note of someone else is not found, like a missing one. */
    private Note requireNote(Canvas canvas, UUID noteId) {
        Note note = Note.findById(noteId);
        if (note == null || !note.canvasId.equals(canvas.id) || !visibility.callerMaySee(canvas, note)) {
            throw ProblemException.notFound(NOTE, noteId);
        }
        return note;
    }
}
