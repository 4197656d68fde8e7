package org.weconomics.finance.roles;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.weconomics.events.partnership.PartnershipRoles;
import org.weconomics.support.time.Timestamps;

/**
 * Keeps {@link PartnershipRoleHolders} as partnership-service publishes them: each roles-changed event replaces what
 * was known of its partnership. Applied by the same consumer as the partnership's other events, so the roles of a
 * new partnership are known before its earnings model exists.
 */
@ApplicationScoped
public class PartnershipRolesMirror {

    public void rolesChanged(PartnershipRoles roles) {
        PartnershipRoleHolders holders = PartnershipRoleHolders.findById(roles.partnershipId());
        if (holders == null) {
            holders = new PartnershipRoleHolders();
            holders.partnershipId = roles.partnershipId();
        }
        holders.localGroup = roles.localGroup();
        holders.coaches = List.copyOf(roles.coaches());
        holders.representatives = roles.partners().stream()
                .flatMap(partner -> partner.representatives().stream())
                .distinct()
                .toList();
        holders.updatedAt = Timestamps.now();
        holders.persist();
    }
}
