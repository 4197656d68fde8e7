package org.weconomics.finance.access;

import org.weconomics.support.access.table.RoleLabel;

/**
 * What a caller is in the partnership an earnings model belongs to, as partnership-service publishes it. A caller
 * may hold several roles at once; an operation is allowed when the caller holds one its row of
 * {@link EarningsModelOperation} names.
 */
public enum EarningsModelRole implements RoleLabel {
    /** Anyone in the partnership's local group: they read the model. */
    MEMBER("members of the local group"),
    /** A representative of any current partner of the partnership. */
    ANY_REPRESENTATIVE("representatives of any partner"),
    /** A coach of the partnership. */
    COACH("coaches"),
    /** The platform's administrators. */
    ADMIN("admins");

    private final String label;

    EarningsModelRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
