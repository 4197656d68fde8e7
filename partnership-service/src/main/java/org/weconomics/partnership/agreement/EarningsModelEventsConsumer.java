package org.weconomics.partnership.agreement;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.weconomics.events.finance.DistributionChanged;
import org.weconomics.events.finance.EarningsModelEvents;
import org.weconomics.partnership.partnership.Partnership;
import org.weconomics.support.events.inbox.EventHandlers;
import org.weconomics.support.events.inbox.EventInbox;
import org.weconomics.support.events.inbox.UnprocessableEventException;
import org.weconomics.support.time.Timestamps;

/** Keeps the latest margin distribution per partnership, for element 3 of the collaboration agreement. */
@ApplicationScoped
public class EarningsModelEventsConsumer {

    public static final String CHANNEL = "earnings-model-events";
    static final String CONSUMER = "partnership-service.agreement";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    public EarningsModelEventsConsumer(EventInbox inbox) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                .on(EarningsModelEvents.DISTRIBUTION_CHANGED, (distribution, event) -> store(distribution))
                .on(EarningsModelEvents.DISTRIBUTION_CHANGED_V1, (distribution, event) -> store(distribution))
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(String data, IncomingCloudEventMetadata<String> event) {
        inbox.process(CONSUMER, event, data, handlers);
    }

    private static void store(DistributionChanged changed) {
        if (Partnership.findById(changed.partnershipId()) == null) {
            throw new UnprocessableEventException(
                    "Distribution for unknown partnership " + changed.partnershipId(), null);
        }
        EarningsDistribution stored = EarningsDistribution.findById(changed.partnershipId());
        if (stored != null && stored.modelVersion > changed.version()) {
            return;
        }
        EarningsDistribution distribution = stored != null ? stored : new EarningsDistribution();
        distribution.partnershipId = changed.partnershipId();
        distribution.earningsModelId = changed.earningsModelId();
        distribution.ruleKey = kebabCase(changed.rule().key());
        distribution.currency = changed.currency();
        distribution.distributedMargin = changed.distributedMargin();
        distribution.shares = changed.shares().stream()
                .map(share ->
                        new EarningsDistribution.Share(share.partyId(), share.name(), share.percent(), share.amount()))
                .toList();
        distribution.modelVersion = changed.version();
        distribution.receivedAt = Timestamps.now();
        distribution.persist();
    }

    /** Version 1 of the event spelled the key {@code COST_CONTRIBUTION}; version 2 as the API does. */
    private static String kebabCase(String key) {
        return key.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
