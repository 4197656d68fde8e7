package org.weconomics.canvas.facilitation;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.weconomics.canvas.InvalidFields;
import org.weconomics.canvas.access.CanvasOperation;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.canvas.facilitation.FacilitationChangeStates.Ballot;
import org.weconomics.canvas.facilitation.FacilitationChangeStates.Round;
import org.weconomics.canvas.history.CanvasChanges;
import org.weconomics.canvas.history.WhatChanged;
import org.weconomics.canvas.note.Note;
import org.weconomics.canvas.note.NoteService;
import org.weconomics.canvas.template.TemplateDocument;
import org.weconomics.canvas.template.TemplateService;
import org.weconomics.events.canvas.CanvasEvents;
import org.weconomics.events.canvas.VoteChanged;
import org.weconomics.events.canvas.VotingRoundClosed;
import org.weconomics.events.canvas.VotingRoundOpened;
import org.weconomics.support.access.Caller;
import org.weconomics.support.paging.PageRequest;
import org.weconomics.support.paging.PageView;
import org.weconomics.support.problem.Problem.InvalidField;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * Dot voting on a canvas. The facilitator opens a round (an allowance of votes per participant, optionally only some
 * blocks and a limit per note) and closes it; everyone who may read the canvas casts and withdraws votes while it is
 * open, never beyond the allowance. A vote changes with the round's row locked, so one participant's concurrent votes
 * are counted one after the other and cannot overspend; closing waits for votes under way.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class VotingService {

    private static final String ROUND = "Voting round";

    private final CanvasService canvases;
    private final FacilitatorChanges changes;
    private final FacilitatorRights rights;
    private final NoteVisibility visibility;
    private final TemplateService templates;
    private final Caller caller;
    private final CanvasChanges changeLog;

    public VotingService(
            CanvasService canvases,
            FacilitatorChanges changes,
            FacilitatorRights rights,
            NoteVisibility visibility,
            TemplateService templates,
            Caller caller,
            CanvasChanges changeLog) {
        this.canvases = canvases;
        this.changes = changes;
        this.rights = rights;
        this.visibility = visibility;
        this.templates = templates;
        this.caller = caller;
        this.changeLog = changeLog;
    }

    /** Opens a round; returns the facilitation state with the round as {@code openRound}. */
    public FacilitationView open(
            @NotNull UUID canvasId, long expectedVersion, @NotNull @Valid CreateVotingRoundRequest request) {
        FacilitatorChanges.Change change = changes.begin(canvasId, expectedVersion, CanvasOperation.OPEN_VOTING_ROUND);
        Canvas canvas = change.canvas();
        InvalidFields.refuse(violations(templateOf(canvas), request));
        VotingRound.openOn(canvasId).ifPresent(open -> {
            throw new ProblemException(
                    ProblemType.VOTING_ROUND_OPEN,
                    "Voting round " + open.number + " is still open; close it before opening another");
        });
        VotingRound round = new VotingRound();
        round.id = UUID.randomUUID();
        round.canvasId = canvasId;
        round.number = VotingRound.nextNumber(canvasId);
        round.votesPerParticipant = request.votesPerParticipant();
        round.maxVotesPerNote = request.maxVotesPerNote();
        round.blockKeys = request.blockKeysOrAll().stream().map(String::strip).toList();
        round.openedBy = caller.subject();
        round.openedAt = CanvasService.now();
        round.persist();
        changes.touch(change);
        changeLog.record(
                CanvasEvents.VOTING_ROUND_OPENED,
                WhatChanged.ofCanvas(canvasId, null, Round.of(round, List.of())),
                sequence -> new VotingRoundOpened(
                        canvasId,
                        canvas.localGroup,
                        round.id,
                        round.number,
                        round.votesPerParticipant,
                        round.maxVotesPerNote,
                        List.copyOf(round.blockKeys),
                        round.openedBy,
                        sequence));
        return changes.view(change);
    }

    /** Closes the open round; its votes no longer change and the canvas pictures show them. */
    public FacilitationView close(@NotNull UUID canvasId, @NotNull UUID roundId, long expectedVersion) {
        FacilitatorChanges.Change change = changes.begin(canvasId, expectedVersion, CanvasOperation.CLOSE_VOTING_ROUND);
        VotingRound round = requireRound(canvasId, roundId, true);
        if (!round.isOpen()) {
            throw new ProblemException(
                    ProblemType.VOTING_ROUND_CLOSED, "Voting round " + round.number + " is closed already");
        }
        Round before = Round.of(round, List.of());
        round.closedBy = caller.subject();
        round.closedAt = CanvasService.now();
        changes.touch(change);
        List<VotingRoundClosed.NoteVotes> results = Vote.perNote(round.id).entrySet().stream()
                .map(entry -> new VotingRoundClosed.NoteVotes(entry.getKey(), entry.getValue()))
                .sorted((one, other) -> one.votes() != other.votes()
                        ? Integer.compare(other.votes(), one.votes())
                        : one.noteId().compareTo(other.noteId()))
                .toList();
        changeLog.record(
                CanvasEvents.VOTING_ROUND_CLOSED,
                WhatChanged.ofCanvas(canvasId, before, Round.of(round, results)),
                sequence -> new VotingRoundClosed(
                        canvasId,
                        change.canvas().localGroup,
                        round.id,
                        round.number,
                        results,
                        round.closedBy,
                        sequence));
        return changes.view(change);
    }

    /** Casts one of the caller's votes on a note, within the allowance and the limit per note. */
    public BallotView cast(@NotNull UUID canvasId, @NotNull UUID roundId, @NotNull @Valid CreateVoteRequest request) {
        Canvas canvas = canvases.requireChangeable(canvasId);
        VotingRound round = requireOpenForVoting(canvasId, roundId);
        Note note = Note.findById(request.noteId());
        if (note == null || !note.canvasId.equals(canvasId) || !visibility.callerMaySee(canvas, note)) {
            throw ProblemException.invalidField("noteId", "is not a note of canvas " + canvasId);
        }
        if (!round.covers(note.blockKey)) {
            throw ProblemException.invalidField(
                    "noteId",
                    "is in block " + note.blockKey + "; voting round " + round.number + " is only about blocks "
                            + String.join(", ", round.blockKeys));
        }
        String voter = caller.subject();
        int used = Vote.usedBy(round.id, voter);
        if (used >= round.votesPerParticipant) {
            throw new ProblemException(
                    ProblemType.VOTE_LIMIT_REACHED,
                    "You have cast all " + round.votesPerParticipant + " of your votes in voting round " + round.number
                            + "; withdraw one to vote for another note");
        }
        int onNote = Vote.onNoteBy(round.id, voter, note.id);
        if (round.maxVotesPerNote != null && onNote >= round.maxVotesPerNote) {
            throw new ProblemException(
                    ProblemType.VOTE_LIMIT_REACHED,
                    "You have put " + onNote + " votes on note " + note.id + ", the most voting round " + round.number
                            + " allows on one note");
        }
        Vote vote = new Vote();
        vote.id = UUID.randomUUID();
        vote.roundId = round.id;
        vote.noteId = note.id;
        vote.voter = voter;
        vote.castAt = CanvasService.now();
        vote.persistAndFlush();
        int left = round.votesPerParticipant - used - 1;
        changeLog.record(
                CanvasEvents.VOTE_CAST,
                WhatChanged.ofNote(
                        canvasId,
                        note.id,
                        new Ballot(round.id, voter, onNote, left + 1),
                        new Ballot(round.id, voter, onNote + 1, left)),
                sequence -> new VoteChanged(canvasId, round.id, note.id, voter, onNote + 1, left, sequence));
        return BallotView.of(round, voter);
    }

    /** Takes back one of the caller's votes on a note, the most recent one. */
    public BallotView withdraw(@NotNull UUID canvasId, @NotNull UUID roundId, @NotNull UUID noteId) {
        Canvas canvas = canvases.requireChangeable(canvasId);
        VotingRound round = requireOpenForVoting(canvasId, roundId);
        String voter = caller.subject();
        Vote vote = Vote.latestOnNoteBy(round.id, voter, noteId).orElseThrow(() -> {
            Note note = Note.findById(noteId);
            if (note == null || !note.canvasId.equals(canvasId) || !visibility.callerMaySee(canvas, note)) {
                return ProblemException.notFound("Note", noteId);
            }
            return new ProblemException(
                    ProblemType.NO_VOTE_TO_WITHDRAW,
                    "You have no vote on note " + noteId + " in voting round " + round.number + " to withdraw");
        });
        vote.delete();
        vote.flush();
        int left = round.votesPerParticipant - Vote.usedBy(round.id, voter);
        int onNote = Vote.onNoteBy(round.id, voter, noteId);
        changeLog.record(
                CanvasEvents.VOTE_WITHDRAWN,
                WhatChanged.ofNote(
                        canvasId,
                        noteId,
                        new Ballot(round.id, voter, onNote + 1, left - 1),
                        new Ballot(round.id, voter, onNote, left)),
                sequence -> new VoteChanged(canvasId, round.id, noteId, voter, onNote, left, sequence));
        return BallotView.of(round, voter);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BallotView ballot(@NotNull UUID canvasId, @NotNull UUID roundId) {
        canvases.requireAccessible(canvasId);
        return BallotView.of(requireRound(canvasId, roundId, false), caller.subject());
    }

    /** Every round of the canvas, the newest first; past rounds are kept. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<VotingRoundView> rounds(@NotNull UUID canvasId, @NotNull @Valid PageRequest page) {
        canvases.requireAccessible(canvasId);
        String subject = caller.subject();
        return PageView.of(
                VotingRound.<VotingRound>find("canvasId", Sort.descending("number"), canvasId),
                page,
                round -> VotingRoundView.of(round, subject));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VotingRoundView round(@NotNull UUID canvasId, @NotNull UUID roundId) {
        canvases.requireAccessible(canvasId);
        return VotingRoundView.of(requireRound(canvasId, roundId, false), caller.subject());
    }

    /**
     * The notes of a round ranked by votes: every note the caller can see in the round's blocks, and any other that
     * got votes. While the round is open only the facilitator sees them, so that early results do not sway the vote.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VotingResultsView results(@NotNull UUID canvasId, @NotNull UUID roundId) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        VotingRound round = requireRound(canvasId, roundId, false);
        if (round.isOpen() && !rights.facilitates(canvas)) {
            throw new ProblemException(
                    ProblemType.RESULTS_NOT_YET_VISIBLE,
                    "The results of voting round " + round.number + " are shown once the facilitator closes it");
        }
        Map<UUID, Integer> votes = Vote.perNote(round.id);
        List<Note> notes = visibility
                .visibleToCaller(canvas, NoteService.inTemplateOrder(Note.onCanvas(canvasId), templateOf(canvas)))
                .stream()
                .filter(note -> round.covers(note.blockKey) || votes.getOrDefault(note.id, 0) > 0)
                .toList();
        List<VotingResultsView.NoteResult> ranked = VoteRanking.rank(notes, votes);
        return new VotingResultsView(
                round.id,
                round.number,
                VotingRoundStatus.of(round),
                ranked.stream().mapToInt(VotingResultsView.NoteResult::votes).sum(),
                ranked);
    }

    /** The results of every closed round of a canvas, in the order they were held (a workshop's presentation). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<VotingResultsView> closedRoundResults(@NotNull UUID canvasId) {
        // Read as a list first: each result reads more, which would close a streamed result set under it.
        List<VotingRound> closed =
                VotingRound.list("canvasId = ?1 and closedAt is not null", Sort.ascending("number"), canvasId);
        return closed.stream().map(round -> results(canvasId, round.id)).toList();
    }

    /** Votes per note of the canvas's latest closed round (what the canvas pictures show); empty when none closed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Integer> votesOfLatestClosedRound(@NotNull UUID canvasId) {
        return VotingRound.latestClosedOn(canvasId)
                .map(round -> Vote.perNote(round.id))
                .orElse(Map.of());
    }

    private VotingRound requireOpenForVoting(UUID canvasId, UUID roundId) {
        VotingRound round = requireRound(canvasId, roundId, true);
        if (!round.isOpen()) {
            throw new ProblemException(
                    ProblemType.VOTING_ROUND_CLOSED,
                    "Voting round " + round.number + " is closed; its votes no longer change");
        }
        return round;
    }

    private static VotingRound requireRound(UUID canvasId, UUID roundId, boolean forVoting) {
        VotingRound round = VotingRound.ofCanvas(canvasId, roundId, forVoting);
        if (round == null) {
            throw ProblemException.notFound(ROUND, roundId);
        }
        return round;
    }

    private TemplateDocument templateOf(Canvas canvas) {
        return templates.get(canvas.templateKey, canvas.templateVersion);
    }

    private static List<InvalidField> violations(TemplateDocument template, CreateVotingRoundRequest request) {
        List<InvalidField> problems = new ArrayList<>();
        if (request.maxVotesPerNote() != null && request.maxVotesPerNote() > request.votesPerParticipant()) {
            problems.add(new InvalidField(
                    "maxVotesPerNote", "must be at most votesPerParticipant (" + request.votesPerParticipant() + ")"));
        }
        Set<String> seen = new HashSet<>();
        List<String> blockKeys = request.blockKeysOrAll();
        for (int i = 0; i < blockKeys.size(); i++) {
            String key = blockKeys.get(i).strip();
            if (!template.hasBlock(key)) {
                problems.add(new InvalidField(
                        "blockKeys[" + i + "]",
                        "is not a block of template " + template.key() + " version " + template.version()));
            } else if (!seen.add(key)) {
                problems.add(new InvalidField("blockKeys[" + i + "]", "repeats " + key));
            }
        }
        return problems;
    }
}
