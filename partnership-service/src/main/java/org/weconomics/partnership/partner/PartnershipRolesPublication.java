package org.weconomics.partnership.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.PartnershipRoles;
import org.weconomics.events.partnership.PartnershipRoles.PartnerRepresentatives;
import org.weconomics.partnership.partnership.CoachesNamed;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.support.events.outbox.EventOutbox;

/**
 * Records who holds a role in a partnership, as a whole, whenever any of it changes: finance-service authorises on
 * it, and a full state is safe to apply again or after a lost update.
 */
@ApplicationScoped
public class PartnershipRolesPublication {

    private final EventOutbox outbox;

    public PartnershipRolesPublication(EventOutbox outbox) {
        this.outbox = outbox;
    }

    void onCoachesNamed(@Observes CoachesNamed named) {
        record(named.partnership());
    }

    /** Must run in the transaction of the change, after it was flushed. */
    public void record(Partnership partnership) {
        List<PartnerRepresentatives> partners = Partner.currentOf(partnership.id).stream()
                .map(partner -> new PartnerRepresentatives(partner.id, List.copyOf(partner.representatives)))
                .toList();
        outbox.record(
                PartnershipEvents.ROLES_CHANGED,
                new PartnershipRoles(
                        partnership.id, partnership.localGroup, List.copyOf(partnership.coaches), partners));
    }
}
