package org.weconomics.partnership.community;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.weconomics.events.community.CommunityState;
import org.weconomics.support.concurrency.Versioned;

/** A community as clients read it; its version is the ETag. */
@Schema(name = "Community")
public record CommunityView(
        UUID id,
        @Schema(example = "Korte keten Oost-Vlaanderen") String name,
        @Schema(example = "Lokale voeding") String domain,
        @Schema(example = "Weconomics Platform bv") String networkLeader,
        RevenueModel revenueModel,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Increases with every change; send it back in If-Match.", example = "0") long version)
        implements Versioned {

    static CommunityView of(Community community) {
        return new CommunityView(
                community.id,
                community.name,
                community.domain,
                community.networkLeader,
                new RevenueModel(
                        community.revenuePayer, community.revenueBasis, community.revenueAmount, community.currency),
                community.createdAt,
                community.updatedAt,
                community.version);
    }

    static CommunityState event(Community community) {
        return new CommunityState(
                community.id,
                community.name,
                community.domain,
                community.networkLeader,
                community.revenuePayer.jsonName(),
                community.revenueBasis.jsonName(),
                community.revenueAmount,
                community.currency);
    }
}
