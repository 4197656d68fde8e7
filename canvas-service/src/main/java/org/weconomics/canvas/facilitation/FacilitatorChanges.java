package org.weconomics.canvas.facilitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.weconomics.canvas.access.CanvasOperation;
import org.weconomics.canvas.access.CanvasRoles;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.canvas.CanvasService;
import org.weconomics.support.access.Caller;
import org.weconomics.support.concurrency.IfMatch;

/**
 * The frame of every facilitator change: the canvas must be readable (404), the caller its facilitator or an admin
 * (403), the canvas not archived (409), and If-Match the current facilitation version (412). The settings row stays
 * locked until the change commits, so concurrent changes are checked one after the other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FacilitatorChanges {

    private final CanvasService canvases;
    private final CanvasRoles roles;
    private final FacilitationViews views;
    private final Caller caller;

    public FacilitatorChanges(CanvasService canvases, CanvasRoles roles, FacilitationViews views, Caller caller) {
        this.canvases = canvases;
        this.roles = roles;
        this.views = views;
        this.caller = caller;
    }

    /** A facilitator change under way. */
    public record Change(Canvas canvas, FacilitationState state) {}

    /**
     * @param operation what the facilitator does, as the role table names it; {@link
     *     org.weconomics.canvas.access.CanvasAccessFilter} refused everyone else already, this is the second line
     */
    public Change begin(UUID canvasId, long expectedVersion, CanvasOperation operation) {
        Canvas canvas = canvases.requireAccessible(canvasId);
        roles.require(operation, canvas);
        canvases.requireChangeable(canvasId);
        FacilitationState state = FacilitationState.lockedForChange(canvasId);
        IfMatch.check(expectedVersion, state.version, () -> views.of(canvas, state));
        return new Change(canvas, state);
    }

    /** Marks the settings changed, which moves their version on. */
    public void touch(Change change) {
        change.state().updatedBy = caller.subject();
        change.state().updatedAt = CanvasService.now();
        change.state().persistAndFlush();
    }

    public FacilitationView view(Change change) {
        return views.of(change.canvas(), change.state());
    }
}
