package org.weconomics.events.finance;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * The settings of an earnings model changed.
 *
 * @param earningsModelId the model
 * @param partnershipId the partnership it belongs to
 * @param currency ISO 4217 code of every amount in the model
 * @param version the model's version after the change
 */
public record EarningsModelUpdated(UUID earningsModelId, UUID partnershipId, String currency, long version)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return earningsModelId.toString();
    }
}
