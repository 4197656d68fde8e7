package org.weconomics.canvas.facilitation;

import java.util.List;
import java.util.UUID;
import org.weconomics.canvas.note.NoteContent;
import org.weconomics.events.canvas.VotingRoundClosed;

/** What the canvas's change log keeps before and after a facilitation change. */
public final class FacilitationChangeStates {

    private FacilitationChangeStates() {}

    /** The facilitator's settings of a canvas. */
    public record Settings(boolean hiddenMode, boolean locked, String focusBlockKey) {

        static Settings of(FacilitationState state) {
            return new Settings(state.hiddenMode, state.locked, state.focusBlockKey);
        }
    }

    /**
     * The notes a reveal showed, before and after it. An object rather than a bare list, so that every kind of change
     * has an object state that a generated client can tell apart.
     */
    public record RevealedNotes(List<NoteContent> notes) {}

    /** A dot-voting round; {@code results} once it is closed, the most votes first. */
    public record Round(
            UUID roundId,
            int number,
            VotingRoundStatus status,
            int votesPerParticipant,
            Integer maxVotesPerNote,
            List<String> blockKeys,
            List<VotingRoundClosed.NoteVotes> results) {

        static Round of(VotingRound round, List<VotingRoundClosed.NoteVotes> results) {
            return new Round(
                    round.id,
                    round.number,
                    VotingRoundStatus.of(round),
                    round.votesPerParticipant,
                    round.maxVotesPerNote,
                    List.copyOf(round.blockKeys),
                    results);
        }
    }

    /** One participant's votes on one note in a round, and the votes they have left. */
    public record Ballot(UUID roundId, String voter, int votesOnNote, int votesLeft) {}
}
