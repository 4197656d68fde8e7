package org.weconomics.canvas.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.canvas.note.Note;

/** Builds the facilitation state of a canvas as the caller sees it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FacilitationViews {

    private final FacilitatorRights rights;

    public FacilitationViews(FacilitatorRights rights) {
        this.rights = rights;
    }

    public FacilitationView of(Canvas canvas, FacilitationState state) {
        Viewer viewer = rights.viewer();
        int hiddenNotes = (int) Note.<Note>list("canvasId = ?1 and hidden = true", canvas.id).stream()
                .filter(note -> NoteVisibility.maySee(viewer, canvas.facilitator, note.author, note.hidden))
                .count();
        return new FacilitationView(
                canvas.id,
                canvas.facilitator,
                viewer.facilitates(canvas),
                state.hiddenMode,
                hiddenNotes,
                state.locked,
                state.focusBlockKey == null
                        ? null
                        : new FacilitationView.Focus(state.focusBlockKey, state.focusMovedAt),
                VotingRound.openOn(canvas.id)
                        .map(round -> VotingRoundView.of(round, viewer.subject()))
                        .orElse(null),
                VotingRound.latestClosedOn(canvas.id).map(round -> round.id).orElse(null),
                state.updatedBy,
                state.updatedAt,
                state.version);
    }
}
