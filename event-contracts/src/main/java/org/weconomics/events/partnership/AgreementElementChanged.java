package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * The partners changed the text or status of one element of their collaboration agreement.
 *
 * @param partnershipId the partnership whose agreement it is
 * @param localGroup key of the partnership's local group
 * @param element the element's number, 1–7
 * @param elementKey the element's key, such as cost-and-revenue-distribution
 * @param status cleared, open-points or to-be-addressed
 * @param version the element's version after the change
 */
public record AgreementElementChanged(
        UUID partnershipId, String localGroup, int element, String elementKey, String status, long version)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
