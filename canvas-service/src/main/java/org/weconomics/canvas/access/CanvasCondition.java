package org.weconomics.canvas.access;

import static org.weconomics.canvas.access.CanvasRole.ADMIN;
import static org.weconomics.canvas.access.CanvasRole.FACILITATOR;
import static org.weconomics.canvas.access.CanvasRole.OWNER;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.weconomics.support.access.table.RoleLabel;

/**
 * A narrower rule inside one row of the role table, for what the route alone does not tell: the board's lock, or
 * what the request asks (handing the facilitation over, archiving). The filter cannot see these; the services check
 * them, with the roles named here, and the row states them after its roles.
 */
public enum CanvasCondition {
    /** While the facilitator locked the board, notes change only by the facilitator's hand (409 for the others). */
    BOARD_LOCKED("while the board is locked", 409, FACILITATOR, ADMIN),
    /** Naming another facilitator hands over the facilitator rights. */
    HANDING_OVER("naming another facilitator", 403, FACILITATOR, ADMIN),
    /** Archiving ends the canvas's life as a working board. */
    ARCHIVING("archiving", 403, OWNER, FACILITATOR, ADMIN),
    /** Deleting would destroy the work of others with it; the others archive instead (409). */
    WORKED_ON_BY_OTHERS("once anyone but its owner and facilitator changed the canvas or its notes", 409, ADMIN);

    private final String when;
    private final int status;
    private final Set<CanvasRole> allowed;

    CanvasCondition(String when, int status, CanvasRole... allowed) {
        this.when = when;
        this.status = status;
        this.allowed = Set.copyOf(EnumSet.copyOf(Arrays.asList(allowed)));
    }

    /** When the condition holds, e.g. "while the board is locked". */
    public String when() {
        return when;
    }

    /** What the callers without one of its roles get: 403, or 409 where it is the canvas's state that refuses. */
    public int status() {
        return status;
    }

    public Set<CanvasRole> allowed() {
        return allowed;
    }

    public boolean allows(Set<CanvasRole> held) {
        return held.stream().anyMatch(allowed::contains);
    }

    /** As the row's "Who may:" line ends, e.g. "while the board is locked: the canvas's facilitator, admins (409 …)". */
    String describe() {
        String roles = EnumSet.copyOf(allowed).stream().map(RoleLabel::label).collect(Collectors.joining(", "));
        return when + ": " + roles + (status == 409 ? " (409 for the others)" : "");
    }
}
