package org.weconomics.finance.access;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.PartnershipRoles;
import org.weconomics.support.events.inbox.EventHandlers;
import org.weconomics.support.events.inbox.EventInbox;

/**
 * Keeps {@link PartnershipRoleHolders} in step with partnership-service: each roles-changed event replaces what was
 * known of its partnership. A consumer group of its own, so that access does not wait on the earnings models.
 */
@ApplicationScoped
public class PartnershipRolesConsumer {

    public static final String CHANNEL = "partnership-roles";
    static final String CONSUMER = "finance-service.partnership-roles";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public PartnershipRolesConsumer(EventInbox inbox) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(PartnershipEvents.ROLES_CHANGED, (roles, event) -> replace(roles))
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String data, IncomingCloudEventMetadata<String> event) {
        inbox.process(CONSUMER, event, data, handlers);
    }

    private static void replace(PartnershipRoles roles) {
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
        holders.updatedAt = OffsetDateTime.now();
        holders.persist();
    }
}
