package org.weconomics.events.localgroup;

import java.util.UUID;
import org.weconomics.events.EventPayload;

/**
 * A local group as it is after it was created, changed or closed.
 *
 * @param localGroup the key of the local group: the id every service authorises on, and the last
 *     segment of the {@code /local-groups/<key>} entry in tokens
 * @param name its name
 * @param region the region it works in
 * @param communityId the community partners join through it
 * @param contactName who to contact
 * @param contactEmail how to reach the contact
 * @param status {@code open} or {@code closed}; a closed group grants nothing any more
 */
public record LocalGroupState(
        String localGroup,
        String name,
        String region,
        UUID communityId,
        String contactName,
        String contactEmail,
        String status)
        implements EventPayload {

    @Override
    public String aggregateId() {
        return localGroup;
    }
}
