package org.weconomics.partnership.localgroup;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member of a local group. */
@Schema(name = "LocalGroupMember")
public record MemberView(
        @Schema(example = "gent") String localGroup,
        @Schema(example = "2f1d9a8e-6b7c-4d5e-8f90-a1b2c3d4e5f6") String userId,
        @Schema(example = "anna") String username,
        @Schema(description = "The name Keycloak has for the member (first and last name).", example = "Anna Peeters")
                String displayName,
        @Schema(description = "Token subject of the admin who added the member.") String addedBy,
        OffsetDateTime addedAt) {

    static MemberView of(LocalGroupMember member) {
        return new MemberView(
                member.localGroup, member.userId, member.username, member.displayName, member.addedBy, member.addedAt);
    }
}
