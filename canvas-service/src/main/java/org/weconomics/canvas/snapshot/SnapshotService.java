package org.weconomics.canvas.snapshot;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.canvas.CanvasView;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.canvas.facilitation.NoteVisibility;
import org.weconomics.canvas.history.CanvasChanges;
import org.weconomics.canvas.note.CommentView;
import org.weconomics.canvas.note.CreateNoteRequest;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.note.NoteComment;
import org.weconomics.canvas.note.NoteContent;
import org.weconomics.canvas.note.NoteService;
import org.weconomics.canvas.template.TemplateDocument;
import org.weconomics.support.access.Caller;
import org.weconomics.support.concurrency.IfMatch;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.ProblemException;

/**
 * Takes named snapshots of a canvas's notes, lists, shows and compares them, and restores one: the canvas's notes
 * become the snapshot's again through ordinary, recorded changes, so the history after the snapshot is kept and a
 * restore is undone by restoring another snapshot.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class SnapshotService {

    /** What {@code to} names for a comparison with the canvas as it is now. */
    public static final String NOW = "now";

    private static final String SNAPSHOT = "Snapshot";

    private final CanvasService canvases;
    private final NoteService notes;
    private final CanvasChanges changes;
    private final Caller caller;

    public SnapshotService(CanvasService canvases, NoteService notes, CanvasChanges changes, Caller caller) {
        this.canvases = canvases;
        this.notes = notes;
        this.changes = changes;
        this.caller = caller;
    }

    /** Keeps the canvas's notes and comments as they are now; archived canvases too. */
    public SnapshotView take(@NotNull UUID canvasId, @NotNull @Valid CreateSnapshotRequest request) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        CanvasState now = stateOf(canvas);
        Snapshot snapshot = new Snapshot();
        snapshot.id = UUID.randomUUID();
        snapshot.canvasId = canvasId;
        snapshot.name = request.name().strip();
        snapshot.sequence = now.sequence();
        snapshot.notes = new ArrayList<>(now.notes());
        snapshot.noteCount = now.notes().size();
        snapshot.comments = new ArrayList<>(
                NoteComment.onNotes(now.notes().stream().map(NoteContent::id).toList()).stream()
                        .map(CommentView::of)
                        .toList());
        snapshot.createdBy = caller.subject();
        snapshot.createdAt = CanvasService.now();
        snapshot.persist();
        return SnapshotView.of(snapshot, visibleTo(canvas));
    }

    /** The snapshots of a canvas, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<SnapshotSummaryView> list(@NotNull UUID canvasId, @NotNull @Valid PageRequest page) {
        canvases.requireAccessible(canvasId);
        return PageView.of(
                Snapshot.<Snapshot>find("canvasId", Sort.descending("createdAt").and("id"), canvasId),
                page,
                SnapshotSummaryView::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SnapshotView get(@NotNull UUID canvasId, @NotNull UUID snapshotId) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        return SnapshotView.of(requireSnapshot(canvasId, snapshotId), visibleTo(canvas));
    }

    /**
     * What happened to the notes from a snapshot to another snapshot of the same canvas, or to the canvas as it is now.
     *
     * @param to a snapshot id, or {@link #NOW} (also when absent)
     */
    public SnapshotComparisonView compare(@NotNull UUID canvasId, @NotNull UUID snapshotId, String to) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        Snapshot from = requireSnapshot(canvasId, snapshotId);
        SnapshotComparisonView.ComparedState fromState =
                new SnapshotComparisonView.ComparedState(from.id, from.name, from.sequence);
        SnapshotComparisonView.ComparedState toState;
        List<NoteContent> later;
        if (to == null || to.isBlank() || to.strip().equals(NOW)) {
            CanvasState now = stateOf(canvas);
            toState = new SnapshotComparisonView.ComparedState(null, null, now.sequence());
            later = now.notes();
        } else {
            Snapshot other = requireSnapshot(canvasId, snapshotIdIn(to));
            toState = new SnapshotComparisonView.ComparedState(other.id, other.name, other.sequence);
            later = other.notes;
        }
        Predicate<NoteContent> visible = visibleTo(canvas);
        return SnapshotComparisonView.of(
                fromState,
                toState,
                NoteDifferences.between(
                        from.notes.stream().filter(visible).toList(),
                        later.stream().filter(visible).toList(),
                        blockOrder(canvas)));
    }

    /**
     * Makes the canvas's notes the snapshot's again, as a new head: notes added since are removed, changed ones get
     * their text, colour and tags back, notes removed since come back under their own id with their author, time and
     * comments, and every note goes back to its place. Each step is an ordinary change in the change log and on Kafka.
     * The canvas's version goes up, so that a second restore based on the same ETag is refused (412).
     *
     * <p>A restore is a change of the notes like any other: a participant cannot restore while the board is locked
     * (409), and it acts only on what the caller can see. Hidden notes of others on the canvas now stay as they are,
     * notes the snapshot held hidden from the caller are neither taken off nor put back, and a note that comes back
     * hidden-as-it-was stays hidden until the facilitator reveals it.
     */
    public RestoredView restore(@NotNull UUID canvasId, @NotNull UUID snapshotId, long expectedVersion) {
        Canvas canvas = notes.requireNotesChangeable(canvasId);
        IfMatch.check(expectedVersion, canvas.version, () -> CanvasView.of(canvas));
        Snapshot snapshot = requireSnapshot(canvasId, snapshotId);
        long fromSequence = changes.lastSequence(canvasId).orElseThrow();

        Predicate<NoteContent> visible = visibleTo(canvas);
        Set<UUID> hiddenFromCallerInSnapshot = snapshot.notes.stream()
                .filter(visible.negate())
                .map(NoteContent::id)
                .collect(Collectors.toSet());
        Map<UUID, NoteContent> wanted = new LinkedHashMap<>();
        snapshot.notes.stream().filter(visible).forEach(note -> wanted.put(note.id(), note));
        Map<UUID, Note> kept = new HashMap<>();
        for (Note note : Note.onCanvas(canvasId)) {
            if (wanted.containsKey(note.id)) {
                kept.put(note.id, note);
            } else if (visible.test(NoteContent.of(note)) && !hiddenFromCallerInSnapshot.contains(note.id)) {
                notes.takeOff(fresh(note));
            }
        }
        putBackInPlace(canvas, List.copyOf(wanted.values()), snapshot.comments, kept);
        // After the moves: a note moved to another block loses its guiding question, which the rewrite gives back.
        for (Note note : kept.values()) {
            NoteContent content = wanted.get(note.id);
            if (!NoteContent.of(fresh(note)).saysTheSameAs(content)) {
                notes.rewrite(
                        fresh(note),
                        content.text(),
                        content.question(),
                        content.colour(),
                        content.valueTags(),
                        content.lensTags());
            }
        }

        canvas.updatedAt = CanvasService.now();
        canvas.flush();
        long toSequence = changes.lastSequence(canvasId).orElseThrow();
        return new RestoredView(
                CanvasView.of(canvas), snapshot.id, toSequence - fromSequence, fromSequence, toSequence);
    }

    /**
     * Block by block, fills each place from the top with the note the snapshot has there: a note that came back is
     * put there, a note elsewhere is moved there. Once a block's places 0..p hold the snapshot's notes, later steps
     * only touch places after them, so every block ends up exactly as in the snapshot.
     */
    private void putBackInPlace(
            Canvas canvas, List<NoteContent> wantedNotes, List<CommentView> comments, Map<UUID, Note> kept) {
        Map<String, List<NoteContent>> byBlock = new LinkedHashMap<>();
        wantedNotes.stream()
                .sorted(Comparator.comparingInt(NoteContent::position))
                .forEach(note -> byBlock.computeIfAbsent(note.blockKey(), block -> new ArrayList<>())
                        .add(note));
        Map<UUID, List<CommentView>> commentsByNote = new HashMap<>();
        comments.forEach(comment -> commentsByNote
                .computeIfAbsent(comment.noteId(), note -> new ArrayList<>())
                .add(comment));
        byBlock.forEach((block, wantedInBlock) -> {
            for (int place = 0; place < wantedInBlock.size(); place++) {
                NoteContent wanted = wantedInBlock.get(place);
                Note note = kept.get(wanted.id());
                if (note == null) {
                    putBack(canvas, wanted, place, commentsByNote.getOrDefault(wanted.id(), List.of()));
                } else if (!NoteContent.of(fresh(note)).sitsWhere(block, place)) {
                    notes.moveTo(note, block, place);
                }
            }
        });
    }

    private void putBack(Canvas canvas, NoteContent wanted, int place, List<CommentView> comments) {
        notes.put(
                canvas,
                wanted.id(),
                new CreateNoteRequest(
                        wanted.blockKey(),
                        wanted.text(),
                        wanted.colour(),
                        wanted.valueTags(),
                        wanted.lensTags(),
                        place,
                        wanted.question()),
                "",
                wanted.author(),
                wanted.createdAt(),
                wanted.hidden());
        for (CommentView comment : comments) {
            notes.addComment(
                    canvas.id, wanted.id(), comment.id(), comment.text(), comment.author(), comment.createdAt());
        }
    }

    /** The notes of the canvas with the change sequence they are at, read while the canvas cannot change. */
    private CanvasState stateOf(Canvas canvas) {
        long sequence =
                changes.holdAtLastSequence(canvas.id).orElseThrow(() -> ProblemException.notFound("Canvas", canvas.id));
        List<NoteContent> current =
                NoteService.inTemplateOrder(Note.onCanvas(canvas.id), notes.templateOf(canvas)).stream()
                        .map(NoteContent::of)
                        .toList();
        return new CanvasState(sequence, current);
    }

    private List<String> blockOrder(Canvas canvas) {
        return notes.templateOf(canvas).blocks().stream()
                .map(TemplateDocument.Block::key)
                .toList();
    }

    /** Whether the caller may see a note as a snapshot or the canvas holds it: hidden notes are their author's. */
    private Predicate<NoteContent> visibleTo(Canvas canvas) {
        Viewer viewer = Viewer.of(caller);
        return note -> NoteVisibility.maySee(viewer, canvas.facilitator, note.author(), note.hidden());
    }

    /** The note as it is in the database: shifting other notes moves it without its entity knowing. */
    private static Note fresh(Note note) {
        Note.getEntityManager().refresh(note);
        return note;
    }

    private static Snapshot requireSnapshot(UUID canvasId, UUID snapshotId) {
        Snapshot snapshot = Snapshot.findById(snapshotId);
        if (snapshot == null || !snapshot.canvasId.equals(canvasId)) {
            throw ProblemException.notFound(SNAPSHOT, snapshotId);
        }
        return snapshot;
    }

    private static UUID snapshotIdIn(String to) {
        try {
            return UUID.fromString(to.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("to", "must be now or the id of a snapshot of this canvas");
        }
    }

    private record CanvasState(long sequence, List<NoteContent> notes) {}
}
