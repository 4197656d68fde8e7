package org.weconomics.canvas.facilitation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round of dot voting, with how many votes the caller cast and has left in it. */
@Schema(name = "VotingRound")
public record VotingRoundView(
        UUID id,
        UUID canvasId,
        @Schema(description = "1 for the canvas's first round, then 2, 3…", example = "1") int number,
        VotingRoundStatus status,
        @Schema(example = "5") int votesPerParticipant,
        @Schema(description = "How many votes one participant may put on one note; null for no limit.", example = "2")
                Integer maxVotesPerNote,
        @Schema(description = "The blocks whose notes may be voted on; empty for every block.") List<String> blockKeys,
        @Schema(description = "Token subject of who opened it.") String openedBy,
        OffsetDateTime openedAt,
        String closedBy,
        OffsetDateTime closedAt,
        @Schema(description = "How many votes you cast in this round.", example = "3") int yourVotesUsed,
        @Schema(description = "How many votes you can still cast; 0 once the round is closed.", example = "2")
                int yourVotesRemaining) {

    static VotingRoundView of(VotingRound round, String subject) {
        int used = Vote.usedBy(round.id, subject);
        return new VotingRoundView(
                round.id,
                round.canvasId,
                round.number,
                VotingRoundStatus.of(round),
                round.votesPerParticipant,
                round.maxVotesPerNote,
                List.copyOf(round.blockKeys),
                round.openedBy,
                round.openedAt,
                round.closedBy,
                round.closedAt,
                used,
                round.isOpen() ? Math.max(0, round.votesPerParticipant - used) : 0);
    }
}
