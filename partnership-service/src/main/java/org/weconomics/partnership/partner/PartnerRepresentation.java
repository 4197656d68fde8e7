package org.weconomics.partnership.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.weconomics.support.problem.ProblemException;

/**
 * The current partner a request acts for. Whether the caller may act for it is decided before, for every operation
 * at once, by the partnership's role table ({@code org.weconomics.partnership.access.PartnershipOperation}).
 */
@ApplicationScoped
public class PartnerRepresentation {

    /** The current partner; 404 for a partner that is not a current partner of the partnership. */
    public Partner requireCurrentPartner(UUID partnershipId, UUID partnerId) {
        return Partner.<Partner>findByIdOptional(partnerId)
                .filter(found -> found.partnershipId.equals(partnershipId) && found.isCurrent())
                .orElseThrow(() -> ProblemException.notFound("Partner", partnerId));
    }
}
