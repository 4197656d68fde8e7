package org.weconomics.canvas.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.weconomics.canvas.canvas.Canvas;
import org.weconomics.canvas.workshop.Workshop;
import org.weconomics.support.access.Caller;
import org.weconomics.support.access.LocalGroupAccess;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * Decides whether the caller may do an operation of the role table: 404 for a canvas the caller cannot see, exactly
 * as the services answer (and for a malformed canvas id, exactly as the resources answer); 403 naming who may, for a
 * caller without one of the operation's roles. The services ask it too, for the conditions of a row
 * ({@link CanvasCondition}) and, as a second line, for the rows themselves.
 */
@ApplicationScoped
public class CanvasRoles {

    private static final String CANVAS = "Canvas";
    private static final String WORKSHOP = "Workshop";

    private final Caller caller;
    private final LocalGroupAccess access;

    public CanvasRoles(Caller caller, LocalGroupAccess access) {
        this.caller = caller;
        this.access = access;
    }

    /** @param pathParameters the request's path parameters by name */
    @Transactional(Transactional.TxType.REQUIRED)
    public void require(CanvasOperation operation, Map<String, String> pathParameters) {
        Set<CanvasRole> held = operation
                .canvasParameter()
                .map(parameter -> heldOn(accessibleCanvas(pathParameters.get(parameter))))
                .or(() -> operation
                        .workshopParameter()
                        .map(parameter -> heldOn(accessibleWorkshop(pathParameters.get(parameter)))))
                .orElseGet(this::heldOutsideACanvas);
        if (!operation.allows(held)) {
            throw refusal(operation, operation.allowed());
        }
    }

    /** The same decision, on a canvas the service has read already. */
    public void require(CanvasOperation operation, Canvas canvas) {
        if (!operation.allows(heldOn(canvas))) {
            throw refusal(operation, operation.allowed());
        }
    }

    /** The same decision, on a workshop the service has read already. */
    public void require(CanvasOperation operation, Workshop workshop) {
        if (!operation.allows(heldOn(workshop))) {
            throw refusal(operation, operation.allowed());
        }
    }

    /** The caller's roles on a workshop they may see. */
    public Set<CanvasRole> heldOn(Workshop workshop) {
        Set<CanvasRole> held = EnumSet.of(CanvasRole.PARTICIPANT);
        if (workshop.facilitators.contains(caller.subject())) {
            held.add(CanvasRole.WORKSHOP_FACILITATOR);
        }
        if (caller.isAdmin()) {
            held.add(CanvasRole.ADMIN);
        }
        return held;
    }

    /**
     * For a row whose condition holds (the service sees it, e.g. the request names another facilitator): 403 naming
     * the row, unless the caller holds one of the condition's roles.
     */
    public void requireUnderCondition(CanvasOperation operation, Canvas canvas) {
        CanvasCondition condition = operation.condition().orElseThrow();
        if (!passes(condition, canvas)) {
            throw refusal(operation, condition.allowed());
        }
    }

    /** Whether the caller holds one of the condition's roles on the canvas (its state-bound refusals are 409s). */
    public boolean passes(CanvasCondition condition, Canvas canvas) {
        return condition.allows(heldOn(canvas));
    }

    /** The caller's roles on a canvas they may see. */
    public Set<CanvasRole> heldOn(Canvas canvas) {
        String subject = caller.subject();
        Set<CanvasRole> held = EnumSet.of(CanvasRole.PARTICIPANT);
        if (subject.equals(canvas.createdBy)) {
            held.add(CanvasRole.OWNER);
        }
        if (subject.equals(canvas.facilitator)) {
            held.add(CanvasRole.FACILITATOR);
        }
        if (caller.isAdmin()) {
            held.add(CanvasRole.ADMIN);
        }
        return held;
    }

    /** Outside a canvas, the local group a request names is the service's to check (400 for a foreign one). */
    private Set<CanvasRole> heldOutsideACanvas() {
        Set<CanvasRole> held = EnumSet.of(CanvasRole.PARTICIPANT);
        if (caller.isAdmin()) {
            held.add(CanvasRole.ADMIN);
        }
        return held;
    }

    private Canvas accessibleCanvas(String canvasId) {
        UUID id = idOf(canvasId);
        Canvas canvas = Canvas.findById(id);
        if (canvas == null) {
            throw ProblemException.notFound(CANVAS, id);
        }
        access.requireAccess(canvas.localGroup, CANVAS, id);
        return canvas;
    }

    private Workshop accessibleWorkshop(String workshopId) {
        UUID id = idOf(workshopId);
        Workshop workshop = Workshop.findById(id);
        if (workshop == null) {
            throw ProblemException.notFound(WORKSHOP, id);
        }
        access.requireAccess(workshop.localGroup, WORKSHOP, id);
        return workshop;
    }

    private static UUID idOf(String pathParameter) {
        try {
            return UUID.fromString(pathParameter);
        } catch (IllegalArgumentException | NullPointerException e) {
            // As the resource answers a path parameter that is no UUID.
            throw new NotFoundException();
        }
    }

    /** A front-end tells "ask the facilitator" apart from a plain refusal by the problem type. */
    private static ProblemException refusal(CanvasOperation operation, Set<CanvasRole> allowed) {
        return new ProblemException(
                CanvasOperation.facilitatorOnly(allowed) ? ProblemType.NOT_THE_FACILITATOR : ProblemType.FORBIDDEN,
                "You may not do this here. " + operation.whoMay());
    }
}
