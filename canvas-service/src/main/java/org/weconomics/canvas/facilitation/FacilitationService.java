package org.weconomics.canvas.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.note.NoteService;
import org.weconomics.canvas.note.NoteView;
import org.weconomics.canvas.template.TemplateDocument;
import org.weconomics.canvas.template.TemplateService;
import org.weconomics.events.canvas.BoardLockChanged;
import org.weconomics.events.canvas.CanvasEvents;
import org.weconomics.events.canvas.FocusMoved;
import org.weconomics.events.canvas.HiddenModeSwitched;
import org.weconomics.events.canvas.NotesRevealed;
import org.weconomics.support.access.Caller;
import org.weconomics.support.events.outbox.EventOutbox;
import org.weconomics.support.problem.ProblemException;

/**
 * The facilitator's settings of a canvas: hidden mode and revealing hidden notes, the board lock and the group's
 * focus. Everyone who may read the canvas reads them; only its facilitator and admins change them. A change to the
 * value a setting already has changes nothing and publishes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class FacilitationService {

    private final CanvasService canvases;
    private final FacilitatorChanges changes;
    private final FacilitationViews views;
    private final TemplateService templates;
    private final Caller caller;
    private final EventOutbox outbox;

    public FacilitationService(
            CanvasService canvases,
            FacilitatorChanges changes,
            FacilitationViews views,
            TemplateService templates,
            Caller caller,
            EventOutbox outbox) {
        this.canvases = canvases;
        this.changes = changes;
        this.views = views;
        this.templates = templates;
        this.caller = caller;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilitationView state(@NotNull UUID canvasId) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        return views.of(canvas, FacilitationState.of(canvasId));
    }

    public FacilitationView switchHiddenMode(
            @NotNull UUID canvasId, long expectedVersion, @NotNull @Valid UpdateHiddenModeRequest request) {
        FacilitatorChanges.Change change = changes.begin(canvasId, expectedVersion, "switch hidden mode");
        FacilitationState state = change.state();
        if (state.hiddenMode != request.hiddenMode()) {
            state.hiddenMode = request.hiddenMode();
            changes.touch(change);
            outbox.record(
                    CanvasEvents.HIDDEN_MODE_SWITCHED,
                    new HiddenModeSwitched(canvasId, change.canvas().localGroup, state.hiddenMode, caller.subject()));
        }
        return changes.view(change);
    }

    /** Makes the hidden notes of one block, or all of them, visible to everyone who may read the canvas. */
    public RevealedNotesView reveal(@NotNull UUID canvasId, long expectedVersion, @Valid RevealNotesRequest request) {
        FacilitatorChanges.Change change = changes.begin(canvasId, expectedVersion, "reveal hidden notes");
        Canvas canvas = change.canvas();
        TemplateDocument template = templates.get(canvas.templateKey, canvas.templateVersion);
        String blockKey = request == null ? null : blockOrNone(template, request.blockKey());
        List<Note> hidden = NoteService.inTemplateOrder(
                blockKey == null
                        ? Note.list("canvasId = ?1 and hidden = true", canvasId)
                        : Note.list("canvasId = ?1 and hidden = true and blockKey = ?2", canvasId, blockKey),
                template);
        if (hidden.isEmpty()) {
            return new RevealedNotesView(List.of(), changes.view(change));
        }
        hidden.forEach(note -> note.hidden = false);
        changes.touch(change);
        outbox.record(
                CanvasEvents.NOTES_REVEALED,
                new NotesRevealed(
                        canvasId,
                        canvas.localGroup,
                        blockKey,
                        hidden.stream().map(NoteView::event).toList(),
                        caller.subject()));
        return new RevealedNotesView(hidden.stream().map(NoteView::of).toList(), changes.view(change));
    }

    public FacilitationView lock(
            @NotNull UUID canvasId, long expectedVersion, @NotNull @Valid UpdateLockRequest request) {
        FacilitatorChanges.Change change =
                changes.begin(canvasId, expectedVersion, request.locked() ? "lock the board" : "unlock the board");
        FacilitationState state = change.state();
        if (state.locked != request.locked()) {
            state.locked = request.locked();
            changes.touch(change);
            BoardLockChanged lockChanged = new BoardLockChanged(canvasId, change.canvas().localGroup, caller.subject());
            if (state.locked) {
                outbox.record(CanvasEvents.BOARD_LOCKED, lockChanged);
            } else {
                outbox.record(CanvasEvents.BOARD_UNLOCKED, lockChanged);
            }
        }
        return changes.view(change);
    }

    public FacilitationView moveFocus(
            @NotNull UUID canvasId, long expectedVersion, @NotNull @Valid UpdateFocusRequest request) {
        FacilitatorChanges.Change change = changes.begin(canvasId, expectedVersion, "move the group's focus");
        Canvas canvas = change.canvas();
        String to = blockOrNone(templates.get(canvas.templateKey, canvas.templateVersion), request.blockKey());
        FacilitationState state = change.state();
        String from = state.focusBlockKey;
        if (!Objects.equals(from, to)) {
            state.focusBlockKey = to;
            state.focusMovedAt = CanvasService.now();
            changes.touch(change);
            outbox.record(
                    CanvasEvents.FOCUS_MOVED, new FocusMoved(canvasId, canvas.localGroup, from, to, caller.subject()));
        }
        return changes.view(change);
    }

    /** The block a request names, or null when it names none; a key that is not a block is a bad field. */
    private static String blockOrNone(TemplateDocument template, String blockKey) {
        if (blockKey == null || blockKey.isBlank()) {
            return null;
        }
        String key = blockKey.strip();
        if (!template.hasBlock(key)) {
            throw ProblemException.invalidField(
                    "blockKey",
                    "is not a block of template " + template.key() + " version " + template.version()
                            + "; its blocks are "
                            + template.blocks().stream()
                                    .map(TemplateDocument.Block::key)
                                    .collect(Collectors.joining(", ")));
        }
        return key;
    }
}
