package org.weconomics.canvas.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.weconomics.canvas.access.CanvasOperation;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.facilitation.FacilitationChangeStates.Settings;
import org.weconomics.canvas.history.CanvasChanges;
import org.weconomics.canvas.history.WhatChanged;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.note.NoteContent;
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
    private final CanvasChanges changeLog;

    public FacilitationService(
            CanvasService canvases,
            FacilitatorChanges changes,
            FacilitationViews views,
            TemplateService templates,
            Caller caller,
            CanvasChanges changeLog) {
        this.canvases = canvases;
        this.changes = changes;
        this.views = views;
        this.templates = templates;
        this.caller = caller;
        this.changeLog = changeLog;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilitationView state(@NotNull UUID canvasId) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        return views.of(canvas, FacilitationState.of(canvasId));
    }

    public FacilitationView switchHiddenMode(
            @NotNull UUID canvasId, long expectedVersion, @NotNull @Valid UpdateHiddenModeRequest request) {
        FacilitatorChanges.Change change = changes.begin(canvasId, expectedVersion, CanvasOperation.SWITCH_HIDDEN_MODE);
        FacilitationState state = change.state();
        if (state.hiddenMode != request.hiddenMode()) {
            Settings before = Settings.of(state);
            state.hiddenMode = request.hiddenMode();
            changes.touch(change);
            changeLog.record(
                    CanvasEvents.HIDDEN_MODE_SWITCHED,
                    WhatChanged.ofCanvas(canvasId, before, Settings.of(state)),
                    sequence -> new HiddenModeSwitched(
                            canvasId, change.canvas().localGroup, state.hiddenMode, caller.subject(), sequence));
        }
        return changes.view(change);
    }

    /** Makes the hidden notes of one block, or all of them, visible to everyone who may read the canvas. */
    public RevealedNotesView reveal(@NotNull UUID canvasId, long expectedVersion, @Valid RevealNotesRequest request) {
        FacilitatorChanges.Change change =
                changes.begin(canvasId, expectedVersion, CanvasOperation.REVEAL_HIDDEN_NOTES);
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
        List<NoteContent> before = hidden.stream().map(NoteContent::of).toList();
        hidden.forEach(note -> note.hidden = false);
        changes.touch(change);
        changeLog.record(
                CanvasEvents.NOTES_REVEALED,
                WhatChanged.ofCanvas(
                        canvasId,
                        new FacilitationChangeStates.RevealedNotes(before),
                        new FacilitationChangeStates.RevealedNotes(
                                hidden.stream().map(NoteContent::of).toList())),
                sequence -> new NotesRevealed(
                        canvasId,
                        canvas.localGroup,
                        blockKey,
                        hidden.stream()
                                .map(note -> NoteView.event(note, sequence))
                                .toList(),
                        caller.subject(),
                        sequence));
        return new RevealedNotesView(hidden.stream().map(NoteView::of).toList(), changes.view(change));
    }

    public FacilitationView lock(
            @NotNull UUID canvasId, long expectedVersion, @NotNull @Valid UpdateLockRequest request) {
        FacilitatorChanges.Change change = changes.begin(canvasId, expectedVersion, CanvasOperation.LOCK_BOARD);
        FacilitationState state = change.state();
        if (state.locked != request.locked()) {
            Settings before = Settings.of(state);
            state.locked = request.locked();
            changes.touch(change);
            changeLog.record(
                    state.locked ? CanvasEvents.BOARD_LOCKED : CanvasEvents.BOARD_UNLOCKED,
                    WhatChanged.ofCanvas(canvasId, before, Settings.of(state)),
                    sequence -> new BoardLockChanged(canvasId, change.canvas().localGroup, caller.subject(), sequence));
        }
        return changes.view(change);
    }

    public FacilitationView moveFocus(
            @NotNull UUID canvasId, long expectedVersion, @NotNull @Valid UpdateFocusRequest request) {
        FacilitatorChanges.Change change = changes.begin(canvasId, expectedVersion, CanvasOperation.MOVE_FOCUS);
        Canvas canvas = change.canvas();
        focusOn(change, blockOrNone(templates.get(canvas.templateKey, canvas.templateVersion), request.blockKey()));
        return changes.view(change);
    }

    /**
     * Moves the group's focus to the block of a workshop step, as moving to the step does. The workshop's row of the
     * role table allowed the caller already (its facilitators run the canvases of the day, even when the canvas names
     * another of them), and the step is part of the workshop's version, so neither the canvas's facilitator nor its
     * facilitation version is asked again here.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveFocusForWorkshopStep(@NotNull UUID canvasId, @NotNull String blockKey) {
        Canvas canvas = canvases.requireChangeable(canvasId);
        FacilitatorChanges.Change change =
                new FacilitatorChanges.Change(canvas, FacilitationState.lockedForChange(canvasId));
        focusOn(change, blockKey);
    }

    private void focusOn(FacilitatorChanges.Change change, String to) {
        Canvas canvas = change.canvas();
        FacilitationState state = change.state();
        String from = state.focusBlockKey;
        if (!Objects.equals(from, to)) {
            Settings before = Settings.of(state);
            state.focusBlockKey = to;
            state.focusMovedAt = CanvasService.now();
            changes.touch(change);
            changeLog.record(
                    CanvasEvents.FOCUS_MOVED,
                    WhatChanged.ofCanvas(canvas.id, before, Settings.of(state)),
                    sequence -> new FocusMoved(canvas.id, canvas.localGroup, from, to, caller.subject(), sequence));
        }
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
