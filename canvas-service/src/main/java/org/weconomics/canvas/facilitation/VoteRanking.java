package org.weconomics.canvas.facilitation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.weconomics.canvas.note.Note;

/** Ranks notes by the votes they received. Pure, so it is tested without Quarkus. */
final class VoteRanking {

    private VoteRanking() {}

    /**
     * @param notes the notes to rank, in board order (template block order, then position), which breaks ties
     * @param votes votes per note id; notes without an entry have none
     * @return most votes first; equal votes share a rank and the next rank skips (1, 2, 2, 4)
     */
    static List<VotingResultsView.NoteResult> rank(List<Note> notes, Map<UUID, Integer> votes) {
        List<Note> ordered = notes.stream()
                .sorted(Comparator.comparingInt((Note note) -> votes.getOrDefault(note.id, 0))
                        .reversed())
                .toList();
        List<VotingResultsView.NoteResult> ranked = new ArrayList<>();
        int rank = 0;
        int previousVotes = -1;
        for (int i = 0; i < ordered.size(); i++) {
            Note note = ordered.get(i);
            int noteVotes = votes.getOrDefault(note.id, 0);
            if (noteVotes != previousVotes) {
                rank = i + 1;
                previousVotes = noteVotes;
            }
            ranked.add(new VotingResultsView.NoteResult(rank, note.id, note.blockKey, note.text, noteVotes));
        }
        return ranked;
    }
}
