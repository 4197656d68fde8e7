package org.weconomics.partnership.partner;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.weconomics.support.access.Caller;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/** Whether the caller may act for a partner: as one of its representatives, or any member when it named none. */
@ApplicationScoped
public class PartnerRepresentation {

    private final Caller caller;

    public PartnerRepresentation(Caller caller) {
        this.caller = caller;
    }

    /**
     * The current partner, when the caller may act for it; 404 for a partner that is not a current partner of the
     * partnership, 403 for a member who does not represent it. The partnership's own access check comes first.
     */
    public Partner requireActingFor(UUID partnershipId, UUID partnerId) {
        Partner partner = Partner.<Partner>findByIdOptional(partnerId)
                .filter(found -> found.partnershipId.equals(partnershipId) && found.isCurrent())
                .orElseThrow(() -> ProblemException.notFound("Partner", partnerId));
        if (!caller.isAdmin() && !partner.isRepresentedBy(caller.subject())) {
            throw new ProblemException(
                    ProblemType.NOT_A_REPRESENTATIVE,
                    "Only the members who represent this partner act for it (see the partner's representatives)");
        }
        return partner;
    }
}
