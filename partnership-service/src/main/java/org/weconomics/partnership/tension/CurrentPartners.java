package org.weconomics.partnership.tension;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.weconomics.partnership.partner.Partner;
import org.weconomics.support.problem.ProblemException;

/**
 * Checks partner ids a client names against the partnership's current partners. The tension register, the
 * assessments and the agreement refer to partners by id only.
 */
public final class CurrentPartners {

    private CurrentPartners() {}

    /** Passes when {@code partnerId} is a current partner of the partnership; otherwise a 400 naming {@code field}. */
    public static void require(UUID partnershipId, UUID partnerId, String field) {
        if (partnerId != null && !isCurrent(partnershipId, partnerId)) {
            throw ProblemException.invalidField(field, "is not a current partner of this partnership");
        }
    }

    public static void requireAll(UUID partnershipId, Collection<UUID> partnerIds, String field) {
        List<UUID> current = Partner.currentOf(partnershipId).stream()
                .map(partner -> partner.id)
                .toList();
        if (!current.containsAll(partnerIds)) {
            throw ProblemException.invalidField(
                    field, "names a partner that is not a current partner of this partnership");
        }
    }

    public static boolean isCurrent(UUID partnershipId, UUID partnerId) {
        return Partner.count("id = ?1 and partnershipId = ?2 and leftAt is null", partnerId, partnershipId) > 0;
    }
}
