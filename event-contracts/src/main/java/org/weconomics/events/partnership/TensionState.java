package org.weconomics.events.partnership;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A hybrid tension of a partnership as it is after it was recorded or changed.
 *
 * @param partnershipId the partnership whose register holds the tension
 * @param localGroup key of the partnership's local group; consumers authorise on it
 * @param tensionId the tension
 * @param title short name of the tension
 * @param valueDomain value-proposition, value-creation or value-capture
 * @param bmcBlock the BMC block it belongs to (a key such as revenue-streams), or null
 * @param category strategic, organisational or legal, or null while not prioritised
 * @param severity low, medium or high
 * @param status open, in-dialogue, resolved or accepted
 * @param ownerPartnerId the partner that owns the tension, or null
 * @param agreementElement the element 1–7 of the collaboration agreement it touches, or null
 * @param nextReviewDate ISO date of the next review, or null
 * @param solutions how many solutions were agreed so far
 */
public record TensionState(
        UUID partnershipId,
        String localGroup,
        UUID tensionId,
        String title,
        String valueDomain,
        String bmcBlock,
        String category,
        String severity,
        String status,
        UUID ownerPartnerId,
        Integer agreementElement,
        String nextReviewDate,
        int solutions)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return partnershipId.toString();
    }
}
