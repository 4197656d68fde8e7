package org.weconomics.canvas.facilitation;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of a voting round: every note it was about, most votes first. */
@Schema(name = "VotingResults")
public record VotingResultsView(
        UUID roundId,
        @Schema(example = "1") int number,
        VotingRoundStatus status,
        @Schema(description = "Votes cast on the notes listed.", example = "42") int totalVotes,
        @Schema(description = "Notes of the round's blocks you can see (and any other note that got votes), ranked.")
                List<NoteResult> notes) {

    /**
     * One note's result.
     *
     * @param rank 1 for the most votes; notes with equal votes share a rank, and the next rank skips (1, 2, 2, 4)
     */
    @Schema(name = "NoteResult")
    public record NoteResult(
            @Schema(example = "1") int rank,
            UUID noteId,
            @Schema(example = "value-proposition") String blockKey,
            @Schema(example = "Warme maaltijden met lokale groenten") String text,
            @Schema(example = "7") int votes) {}
}
