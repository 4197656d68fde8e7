package org.weconomics.events.canvas;

import java.util.List;
import org.weconomics.events.EventContract;
import org.weconomics.events.Topics;

/**
 * Contracts of the canvas aggregate (a canvas, its notes and its facilitation: hidden mode, lock, focus, dot voting),
 * published by canvas-service on {@link Topics#CANVAS},
 * keyed by canvas id, so that the events of a canvas and its notes arrive in the order they happened. Every payload
 * is a {@link CanvasChangeEvent}: it carries the canvas's gapless change {@code sequence}.
 */
public final class CanvasEvents {

    public static final EventContract<CanvasCreated> CREATED =
            new EventContract<>("org.weconomics.canvas.created", 1, Topics.CANVAS, CanvasCreated.class);

    public static final EventContract<CanvasUpdated> UPDATED =
            new EventContract<>("org.weconomics.canvas.updated", 1, Topics.CANVAS, CanvasUpdated.class);

    public static final EventContract<CanvasStatusChanged> STATUS_CHANGED =
            new EventContract<>("org.weconomics.canvas.status-changed", 1, Topics.CANVAS, CanvasStatusChanged.class);

    public static final EventContract<CanvasDeleted> DELETED =
            new EventContract<>("org.weconomics.canvas.deleted", 1, Topics.CANVAS, CanvasDeleted.class);

    public static final EventContract<NoteState> NOTE_ADDED =
            new EventContract<>("org.weconomics.canvas.note-added", 1, Topics.CANVAS, NoteState.class);

    public static final EventContract<NoteState> NOTE_CHANGED =
            new EventContract<>("org.weconomics.canvas.note-changed", 1, Topics.CANVAS, NoteState.class);

    public static final EventContract<NoteMoved> NOTE_MOVED =
            new EventContract<>("org.weconomics.canvas.note-moved", 1, Topics.CANVAS, NoteMoved.class);

    public static final EventContract<NoteRemoved> NOTE_REMOVED =
            new EventContract<>("org.weconomics.canvas.note-removed", 1, Topics.CANVAS, NoteRemoved.class);

    public static final EventContract<NoteCommentAdded> NOTE_COMMENT_ADDED =
            new EventContract<>("org.weconomics.canvas.note-comment-added", 1, Topics.CANVAS, NoteCommentAdded.class);

    public static final EventContract<HiddenModeSwitched> HIDDEN_MODE_SWITCHED = new EventContract<>(
            "org.weconomics.canvas.hidden-mode-switched", 1, Topics.CANVAS, HiddenModeSwitched.class);

    public static final EventContract<NotesRevealed> NOTES_REVEALED =
            new EventContract<>("org.weconomics.canvas.notes-revealed", 1, Topics.CANVAS, NotesRevealed.class);

    public static final EventContract<BoardLockChanged> BOARD_LOCKED =
            new EventContract<>("org.weconomics.canvas.board-locked", 1, Topics.CANVAS, BoardLockChanged.class);

    public static final EventContract<BoardLockChanged> BOARD_UNLOCKED =
            new EventContract<>("org.weconomics.canvas.board-unlocked", 1, Topics.CANVAS, BoardLockChanged.class);

    public static final EventContract<FocusMoved> FOCUS_MOVED =
            new EventContract<>("org.weconomics.canvas.focus-moved", 1, Topics.CANVAS, FocusMoved.class);

    public static final EventContract<VotingRoundOpened> VOTING_ROUND_OPENED =
            new EventContract<>("org.weconomics.canvas.voting-round-opened", 1, Topics.CANVAS, VotingRoundOpened.class);

    public static final EventContract<VotingRoundClosed> VOTING_ROUND_CLOSED =
            new EventContract<>("org.weconomics.canvas.voting-round-closed", 1, Topics.CANVAS, VotingRoundClosed.class);

    public static final EventContract<VoteChanged> VOTE_CAST =
            new EventContract<>("org.weconomics.canvas.vote-cast", 1, Topics.CANVAS, VoteChanged.class);

    public static final EventContract<VoteChanged> VOTE_WITHDRAWN =
            new EventContract<>("org.weconomics.canvas.vote-withdrawn", 1, Topics.CANVAS, VoteChanged.class);

    /**
     * The shared timer of a workshop step on this canvas started, paused, got more time or ended: a change of the
     * canvas, so that its live feed carries it to every screen.
     */
    public static final EventContract<WorkshopTimerChanged> WORKSHOP_TIMER_CHANGED = new EventContract<>(
            "org.weconomics.canvas.workshop-timer-changed", 1, Topics.CANVAS, WorkshopTimerChanged.class);

    public static final List<EventContract<?>> ALL = List.of(
            CREATED,
            UPDATED,
            STATUS_CHANGED,
            DELETED,
            NOTE_ADDED,
            NOTE_CHANGED,
            NOTE_MOVED,
            NOTE_REMOVED,
            NOTE_COMMENT_ADDED,
            HIDDEN_MODE_SWITCHED,
            NOTES_REVEALED,
            BOARD_LOCKED,
            BOARD_UNLOCKED,
            FOCUS_MOVED,
            VOTING_ROUND_OPENED,
            VOTING_ROUND_CLOSED,
            VOTE_CAST,
            VOTE_WITHDRAWN,
            WORKSHOP_TIMER_CHANGED);

    private CanvasEvents() {}
}
