package org.weconomics.partnership.people;

import io.quarkus.panache.common.Sort;
import org.weconomics.partnership.localgroup.LocalGroupMember;

/**
 * The name to show next to a token subject in a view. Only views of objects the caller may see call it, so the
 * name reveals nothing the object does not; a subject who is no member (any more) has none.
 */
public final class PeopleNames {

    private PeopleNames() {}

    /** The member's display name, or {@code null} for a subject no local group lists. */
    public static String displayName(String userId) {
        if (userId == null) {
            return null;
        }
        LocalGroupMember member = LocalGroupMember.<LocalGroupMember>find("userId", Sort.descending("addedAt"), userId)
                .firstResult();
        return member == null ? null : member.displayName;
    }
}
