package org.weconomics.events.finance;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * The earnings model of a partnership exists; finance-service creates it when it learns of a new partnership.
 *
 * @param earningsModelId the model
 * @param partnershipId the partnership it belongs to
 * @param localGroup key of the partnership's local group
 * @param currency ISO 4217 code of every amount in the model
 */
public record EarningsModelCreated(UUID earningsModelId, UUID partnershipId, String localGroup, String currency)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return earningsModelId.toString();
    }
}
