package org.weconomics.support.access.table;

/** A role of a service's role table, as the "Who may:" line and the README name it. */
public interface RoleLabel {

    /** Plural and lower case, e.g. "coaches", "the canvas's facilitator". */
    String label();
}
