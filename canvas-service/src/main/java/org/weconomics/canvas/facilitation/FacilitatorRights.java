package org.weconomics.canvas.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.support.access.Caller;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * Whether the caller has facilitator rights on a canvas: its facilitator and admins do; the other members of its
 * local group are participants. Callers outside the local group never get here: they got 404 before.
 */
@ApplicationScoped
public class FacilitatorRights {

    private final Caller caller;

    public FacilitatorRights(Caller caller) {
        this.caller = caller;
    }

    public Viewer viewer() {
        return Viewer.of(caller);
    }

    public boolean facilitates(Canvas canvas) {
        return viewer().facilitates(canvas);
    }

    /** Whether the caller owns the canvas (created it) or has facilitator rights on it. */
    public boolean ownsOrFacilitates(Canvas canvas) {
        return facilitates(canvas) || viewer().subject().equals(canvas.createdBy);
    }

    /**
     * For what ends a canvas's life (archiving, deleting): its owner, its facilitator and admins.
     *
     * @param action what the caller tries, for the problem, e.g. "delete the canvas"
     * @throws ProblemException 403 for any other participant
     */
    public void requireOwnerOrFacilitator(Canvas canvas, String action) {
        if (!ownsOrFacilitates(canvas)) {
            throw ProblemException.forbidden("Only the owner of canvas " + canvas.id + ", its facilitator or an admin "
                    + "may " + action + "; you take part as a participant");
        }
    }

    /**
     * @param action what the caller tries, for the problem, e.g. "lock the board"
     * @throws ProblemException 403 for a participant
     */
    public void requireFacilitator(Canvas canvas, String action) {
        if (!facilitates(canvas)) {
            throw new ProblemException(
                    ProblemType.NOT_THE_FACILITATOR,
                    "Only the facilitator of canvas " + canvas.id + " (or an admin) may " + action
                            + "; you take part as a participant");
        }
    }
}
