package org.weconomics.canvas.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.weconomics.canvas.access.CanvasCondition;
import org.weconomics.canvas.access.CanvasRoles;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * The facilitator's lock on a board: while it is on, participants cannot add, change, move or remove notes; the
 * facilitator still can, and everyone still votes and comments. The rows of the role table it holds for name it
 * ({@link CanvasCondition#BOARD_LOCKED}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoardLock {

    private final CanvasRoles roles;

    public BoardLock(CanvasRoles roles) {
        this.roles = roles;
    }

    /** @throws ProblemException 409 for a participant while the board is locked */
    public void requireNotesChangeableByCaller(Canvas canvas) {
        if (FacilitationState.of(canvas.id).locked && !roles.passes(CanvasCondition.BOARD_LOCKED, canvas)) {
            throw new ProblemException(
                    ProblemType.BOARD_LOCKED,
                    "The facilitator locked the board of canvas " + canvas.id
                            + ": notes cannot be added, changed, moved or removed until it is unlocked. You can still vote "
                            + "and comment.");
        }
    }
}
