package org.weconomics.canvas.facilitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.weconomics.canvas.note.Note;

class VoteRankingTest {

    @Test
    void mostVotesRankFirstEqualVotesShareARankAndTheNextRankSkips() {
        Note a = note("a");
        Note b = note("b");
        Note c = note("c");
        Note d = note("d");
        Note e = note("e");

        List<VotingResultsView.NoteResult> ranked =
                VoteRanking.rank(List.of(a, b, c, d, e), Map.of(a.id, 2, b.id, 5, c.id, 2, e.id, 1));

        assertThat(ranked).extracting(VotingResultsView.NoteResult::text).containsExactly("b", "a", "c", "e", "d");
        assertThat(ranked).extracting(VotingResultsView.NoteResult::votes).containsExactly(5, 2, 2, 1, 0);
        assertThat(ranked).extracting(VotingResultsView.NoteResult::rank).containsExactly(1, 2, 2, 4, 5);
    }

    @Test
    void withoutVotesEveryNoteSharesTheFirstRankInBoardOrder() {
        Note a = note("a");
        Note b = note("b");

        assertThat(VoteRanking.rank(List.of(a, b), Map.of()))
                .extracting(VotingResultsView.NoteResult::rank, VotingResultsView.NoteResult::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "a"), org.assertj.core.groups.Tuple.tuple(1, "b"));
        assertThat(VoteRanking.rank(List.of(), Map.of())).isEmpty();
    }

    private static Note note(String text) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.blockKey = "channels";
        note.text = text;
        return note;
    }
}
