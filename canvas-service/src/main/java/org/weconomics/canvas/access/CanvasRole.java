package org.weconomics.canvas.access;

import org.weconomics.support.access.table.RoleLabel;

/**
 * What a caller is on a canvas. A caller may hold several roles at once (the owner and the facilitator are
 * participants too, and one person may be both); an operation is allowed when the caller holds one of the roles its
 * row of {@link CanvasOperation} names. On a workshop, a caller is a participant (a member of its local group), one
 * of its facilitators, or an admin.
 */
public enum CanvasRole implements RoleLabel {
    /** Anyone in the canvas's local group; for operations outside a canvas: anyone in the local group they name. */
    PARTICIPANT("members of the local group"),
    /** Who created the canvas ({@code createdBy}). */
    OWNER("the canvas's owner"),
    /** The canvas's facilitator: its creator unless they named another, then whoever the facilitation was handed to. */
    FACILITATOR("the canvas's facilitator"),
    /** One of the facilitators of a workshop, for the operations on the workshop (its plan, steps and timer). */
    WORKSHOP_FACILITATOR("the workshop's facilitators"),
    /** The platform's administrators; they have facilitator rights on every canvas. */
    ADMIN("admins");

    private final String label;

    CanvasRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
