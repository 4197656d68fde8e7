package org.weconomics.partnership.localgroup;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.events.localgroup.LocalGroupState;
import org.weconomics.support.concurrency.Versioned;

/** A local group as clients read it; its version is the ETag (it changes with the membership too). */
@Schema(name = "LocalGroup")
public record LocalGroupView(
        @Schema(example = "gent") String key,
        @Schema(example = "Local group Gent") String name,
        @Schema(example = "Oost-Vlaanderen") String region,
        UUID communityId,
        ContactDetails contact,
        @Schema(example = "open") LocalGroupStatus status,
        OffsetDateTime closedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(
                        description =
                                "Increases with every change, including members added or removed; send it back in "
                                        + "If-Match.",
                        example = "0")
                long version)
        implements Versioned {

    static LocalGroupView of(LocalGroup group) {
        return new LocalGroupView(
                group.key,
                group.name,
                group.region,
                group.communityId,
                new ContactDetails(group.contactName, group.contactEmail),
                group.status,
                group.closedAt,
                group.createdAt,
                group.updatedAt,
                group.version);
    }

    static LocalGroupState event(LocalGroup group) {
        return new LocalGroupState(
                group.key,
                group.name,
                group.region,
                group.communityId,
                group.contactName,
                group.contactEmail,
                group.status.jsonName());
    }
}
