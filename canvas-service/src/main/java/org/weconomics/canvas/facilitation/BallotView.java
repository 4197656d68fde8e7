package org.weconomics.canvas.facilitation;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Your votes in one round: on which notes, how many used and how many left. */
@Schema(name = "Ballot")
public record BallotView(
        UUID roundId,
        @Schema(example = "1") int number,
        VotingRoundStatus status,
        @Schema(example = "5") int votesPerParticipant,
        @Schema(example = "2") Integer maxVotesPerNote,
        @Schema(example = "3") int used,
        @Schema(description = "Votes you can still cast; 0 once the round is closed.", example = "2") int remaining,
        @Schema(description = "Your votes per note, the note with most of them first.") List<NoteVotesView> votes) {

    static BallotView of(VotingRound round, String voter) {
        List<NoteVotesView> votes = Vote.perNoteOf(round.id, voter).entrySet().stream()
                .map(entry -> new NoteVotesView(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(NoteVotesView::votes).reversed().thenComparing(NoteVotesView::noteId))
                .toList();
        int used = votes.stream().mapToInt(NoteVotesView::votes).sum();
        return new BallotView(
                round.id,
                round.number,
                VotingRoundStatus.of(round),
                round.votesPerParticipant,
                round.maxVotesPerNote,
                used,
                round.isOpen() ? Math.max(0, round.votesPerParticipant - used) : 0,
                votes);
    }

    /** How many votes a note got (from you, on a ballot). */
    @Schema(name = "NoteVotes")
    public record NoteVotesView(UUID noteId, @Schema(example = "2") int votes) {}
}
