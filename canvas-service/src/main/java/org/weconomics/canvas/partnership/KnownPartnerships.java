package org.weconomics.canvas.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.weconomics.events.partnership.PartnerLeft;
import org.weconomics.events.partnership.PartnerState;
import org.weconomics.events.partnership.PartnershipChanged;
import org.weconomics.events.partnership.PartnershipCreated;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.PartnershipRoles;
import org.weconomics.support.events.inbox.EventHandlers;
import org.weconomics.support.problem.Problem;
import org.weconomics.support.problem.ProblemException;
import org.weconomics.support.problem.ProblemType;

/**
 * The partnerships canvas-service knows of (id, local group, name, current partners), as partnership-service's
 * events told it, and the check of the partnership and partner a new canvas names against them. A partnership is
 * known a moment after partnership-service answered its creation (the time its events take to arrive); a client
 * that creates a canvas right after the partnership retries the 422 for a few seconds.
 */
@ApplicationScoped
public class KnownPartnerships {

    /** The handlers for the consumer of the partnership topic, to pass to {@code EventInbox.process}. */
    public EventHandlers handlers() {
        return EventHandlers.builder()
                .on(PartnershipEvents.CREATED, (created, event) -> created(created))
                .on(PartnershipEvents.CHANGED, (changed, event) -> changed(changed))
                .on(PartnershipEvents.PARTNER_JOINED, (partner, event) -> partnerIsCurrent(partner))
                .on(PartnershipEvents.PARTNER_CHANGED, (partner, event) -> partnerIsCurrent(partner))
                .on(PartnershipEvents.PARTNER_LEFT, (left, event) -> partnerLeft(left))
                .on(PartnershipEvents.ROLES_CHANGED, (roles, event) -> rolesChanged(roles))
                .build();
    }

    /**
     * Passes when the partnership (if any) is known in the local group and the partner (if any) is one of its
     * current partners.
     *
     * @param fieldPrefix where the fields sit in the request ({@code ""} or {@code "canvas."})
     * @throws ProblemException 422 {@link ProblemType#UNKNOWN_PARTNERSHIP} naming {@code partnershipId}, or 422
     *     {@link ProblemType#NOT_A_CURRENT_PARTNER} naming {@code partnerId}
     */
    public void requireKnown(String localGroup, UUID partnershipId, UUID partnerId, String fieldPrefix) {
        if (partnershipId == null) {
            return;
        }
        KnownPartnership partnership = KnownPartnership.findById(partnershipId);
        if (partnership == null || !partnership.localGroup.equals(localGroup)) {
            throw problem(
                    ProblemType.UNKNOWN_PARTNERSHIP,
                    fieldPrefix + "partnershipId",
                    "is not a partnership of local group " + localGroup
                            + " (see GET /api/partnership/partnerships); one created a moment ago becomes known within"
                            + " seconds, retry then");
        }
        if (partnerId != null && !isCurrentPartner(partnershipId, partnerId)) {
            throw problem(
                    ProblemType.NOT_A_CURRENT_PARTNER,
                    fieldPrefix + "partnerId",
                    "is not a current partner of partnership " + partnershipId
                            + " (see GET /api/partnership/partnerships/" + partnershipId + "/partners)");
        }
    }

    /** Whether the partnership is known in the local group; for tests and checks. */
    public boolean isKnown(UUID partnershipId, String localGroup) {
        KnownPartnership partnership = KnownPartnership.findById(partnershipId);
        return partnership != null && partnership.localGroup.equals(localGroup);
    }

    /** Whether the partner is a current partner of the partnership, as far as the events told. */
    public boolean isCurrentPartner(UUID partnershipId, UUID partnerId) {
        return KnownPartner.count("partnershipId = ?1 and partnerId = ?2", partnershipId, partnerId) > 0;
    }

    void created(PartnershipCreated created) {
        known(created.partnershipId(), created.localGroup()).name = created.name();
    }

    void changed(PartnershipChanged changed) {
        known(changed.partnershipId(), changed.localGroup()).name = changed.name();
    }

    void partnerIsCurrent(PartnerState partner) {
        known(partner.partnershipId(), partner.localGroup());
        if (!isCurrentPartner(partner.partnershipId(), partner.partnerId())) {
            KnownPartner.of(partner.partnershipId(), partner.partnerId()).persist();
        }
    }

    void partnerLeft(PartnerLeft left) {
        known(left.partnershipId(), left.localGroup());
        KnownPartner.delete("partnershipId = ?1 and partnerId = ?2", left.partnershipId(), left.partnerId());
    }

    /** Roles-changed lists every current partner: what it says replaces what was known. */
    void rolesChanged(PartnershipRoles roles) {
        known(roles.partnershipId(), roles.localGroup());
        List<UUID> current = roles.partners() == null
                ? List.of()
                : roles.partners().stream()
                        .map(PartnershipRoles.PartnerRepresentatives::partnerId)
                        .toList();
        if (current.isEmpty()) {
            KnownPartner.delete("partnershipId", roles.partnershipId());
        } else {
            KnownPartner.delete("partnershipId = ?1 and partnerId not in ?2", roles.partnershipId(), current);
        }
        for (UUID partnerId : current) {
            if (!isCurrentPartner(roles.partnershipId(), partnerId)) {
                KnownPartner.of(roles.partnershipId(), partnerId).persist();
            }
        }
    }

    /** The partnership's row, made when this is the first event of it that arrives; in the inbox's transaction. */
    private static KnownPartnership known(UUID partnershipId, String localGroup) {
        KnownPartnership partnership = KnownPartnership.findById(partnershipId);
        if (partnership == null) {
            partnership = new KnownPartnership();
            partnership.partnershipId = partnershipId;
            partnership.localGroup = localGroup;
            partnership.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            partnership.persist();
            return partnership;
        }
        partnership.localGroup = localGroup;
        partnership.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return partnership;
    }

    private static ProblemException problem(ProblemType type, String field, String message) {
        return new ProblemException(
                type, field + ": " + message, List.of(new Problem.InvalidField(field, message)), null);
    }
}
