package org.weconomics.canvas.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.Viewer;
import org.weconomics.support.access.Caller;

/**
 * Whether the caller has facilitator rights on a canvas: its facilitator and admins do; the other members of its
 * local group are participants. Callers outside the local group never get here: they got 404 before. What each
 * role may do is the role table's ({@link org.weconomics.canvas.access.CanvasOperation}).
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
}
