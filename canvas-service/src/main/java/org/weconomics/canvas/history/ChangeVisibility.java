package org.weconomics.canvas.history;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.canvas.facilitation.NoteVisibility;
import org.weconomics.canvas.facilitation.VotingRound;
import org.weconomics.canvas.note.Note;
import org.weconomics.events.canvas.CanvasEvents;

/**
 * Which changes of a canvas a viewer sees. Every reader of the change log (the canvas history, a note's history and
 * the live feed) passes each change through {@link #asSeenBy}, and nothing else decides.
 *
 * <p>A change of a note that was hidden when it was made (the facilitator's hidden mode) is seen only by the note's
 * author and by whoever has facilitator rights, by the rule of {@link NoteVisibility}; everyone else learns of the
 * note when it is revealed, from the {@code notes-revealed} change that carries it. A comment's change carries no
 * note state, so it follows the note as it is now.
 *
 * <p>A vote ({@code vote-cast}, {@code vote-withdrawn}) tells who voted for what: while its round is open only the
 * voter and whoever has facilitator rights see it, as with the round's results; everyone sees it once the round is
 * closed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeVisibility {

    private static final String HIDDEN = "hidden";
    private static final String AUTHOR = "author";
    private static final String ROUND = "roundId";
    private static final Set<String> VOTES =
            Set.of(ChangeKinds.of(CanvasEvents.VOTE_CAST), ChangeKinds.of(CanvasEvents.VOTE_WITHDRAWN));

    /**
     * The change as the viewer may see it, or empty when they may not see it at all. The viewer may already read the
     * canvas (its local group is theirs); may run outside a request, in a transaction of the caller's.
     */
    public Optional<CanvasChangeView> asSeenBy(Viewer viewer, CanvasChangeView change) {
        if (change.noteId() == null) {
            return Optional.of(change);
        }
        Canvas canvas = Canvas.findById(change.canvasId());
        String facilitator = canvas == null ? null : canvas.facilitator;
        JsonNode noteState = change.after() != null ? change.after() : change.before();
        if (VOTES.contains(change.kind()) && !ballotVisible(viewer, facilitator, change, noteState)) {
            return Optional.empty();
        }
        boolean visible = noteState != null && noteState.has(HIDDEN)
                ? NoteVisibility.maySee(
                        viewer,
                        facilitator,
                        noteState.path(AUTHOR).asText(),
                        noteState.get(HIDDEN).asBoolean())
                : currentNoteVisible(viewer, facilitator, change);
        return visible ? Optional.of(change) : Optional.empty();
    }

    private static boolean ballotVisible(Viewer viewer, String facilitator, CanvasChangeView change, JsonNode ballot) {
        if (viewer.facilitates(facilitator) || viewer.subject().equals(change.subject())) {
            return true;
        }
        if (ballot == null || !ballot.hasNonNull(ROUND)) {
            return false;
        }
        VotingRound round =
                VotingRound.findById(UUID.fromString(ballot.get(ROUND).asText()));
        return round == null || !round.isOpen();
    }

    private static boolean currentNoteVisible(Viewer viewer, String facilitator, CanvasChangeView change) {
        Note note = Note.findById(change.noteId());
        return note == null || NoteVisibility.maySee(viewer, facilitator, note.author, note.hidden);
    }
}
