package org.weconomics.finance.model;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.weconomics.events.partnership.PartnershipEvents;
import org.weconomics.events.partnership.ValueChainActivity;
import org.weconomics.finance.coststructure.ValueChainMirror;
import org.weconomics.finance.party.PartyMirror;
import org.weconomics.finance.roles.PartnershipRolesMirror;
import org.weconomics.support.events.inbox.EventHandlers;
import org.weconomics.support.events.inbox.EventInbox;

/**
 * Keeps earnings models in step with the partnerships they belong to: the model itself, its partners,
 * its value chain and who holds a role in it. Events of one partnership arrive in order (they are keyed by partnership id).
 */
@ApplicationScoped
public class PartnershipEventsConsumer {

    public static final String CHANNEL = "partnership-events";
    static final String CONSUMER = "finance-service.earnings-model";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public PartnershipEventsConsumer(
            EventInbox inbox,
            EarningsModelService models,
            PartyMirror partners,
            ValueChainMirror valueChain,
            PartnershipRolesMirror roles) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(PartnershipEvents.CREATED, (partnership, event) -> models.createFor(partnership))
                .on(PartnershipEvents.PARTNER_JOINED, (partner, event) -> partners.partnerJoined(partner))
                .on(PartnershipEvents.PARTNER_CHANGED, (partner, event) -> partners.partnerChanged(partner))
                .on(PartnershipEvents.PARTNER_LEFT, (partner, event) -> partners.partnerLeft(partner))
                .on(PartnershipEvents.ACTIVITY_ADDED_V1, (activity, event) -> valueChain.activityIs(fromZero(activity)))
                .on(PartnershipEvents.ACTIVITY_ADDED, (activity, event) -> valueChain.activityIs(activity))
                .on(
                        PartnershipEvents.ACTIVITY_CHANGED_V1,
                        (activity, event) -> valueChain.activityIs(fromZero(activity)))
                .on(PartnershipEvents.ACTIVITY_CHANGED, (activity, event) -> valueChain.activityIs(activity))
                .on(PartnershipEvents.ACTIVITY_REMOVED, (removed, event) -> valueChain.activityRemoved(removed))
                .on(PartnershipEvents.VALUE_CHAIN_REORDERED, (order, event) -> valueChain.reordered(order))
                .on(PartnershipEvents.ROLES_CHANGED, (holders, event) -> roles.rolesChanged(holders))
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String data, IncomingCloudEventMetadata<String> event) {
        inbox.process(CONSUMER, event, data, handlers);
    }

    /** Version 1 of the activity events counted the position from 1; the platform counts from 0. */
    private static ValueChainActivity fromZero(ValueChainActivity v1) {
        return new ValueChainActivity(
                v1.partnershipId(),
                v1.localGroup(),
                v1.activityId(),
                v1.name(),
                v1.position() - 1,
                v1.responsiblePartnerIds(),
                v1.responsibilities(),
                v1.subActions());
    }
}
