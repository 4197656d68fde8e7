package org.weconomics.partnership.access;

import org.weconomics.support.access.table.RoleLabel;

/**
 * What a caller is inside a partnership. A caller may hold several roles at once (a coach is a member too); an
 * operation is allowed when the caller holds one of the roles its row of {@link PartnershipOperation} names.
 */
public enum PartnershipRole implements RoleLabel {
    /** Anyone in the partnership's local group. */
    MEMBER("members of the local group"),
    /** A representative of any current partner of the partnership. */
    ANY_REPRESENTATIVE("representatives of any partner"),
    /** A representative of the partner the operation concerns (the {@code partnerId} of its path). */
    REPRESENTATIVE("the partner's own representatives"),
    /** A coach of the partnership; for operations outside a partnership: a coach of any partnership. */
    COACH("coaches"),
    /** The platform's administrators; they act as coach everywhere. */
    ADMIN("admins");

    private final String label;

    PartnershipRole(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
