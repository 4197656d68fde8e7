package org.weconomics.partnership.localgroup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to set up a local group. The key cannot change later: tokens and every service carry it. */
@Schema(name = "CreateLocalGroupRequest")
public record CreateLocalGroupRequest(
        @Schema(
                        description =
                                "Lower-case slug, the local group's id everywhere and the Keycloak group name under "
                                        + "/local-groups.",
                        example = "gent",
                        required = true)
                @NotBlank
                @Pattern(regexp = LocalGroupKey.PATTERN, message = LocalGroupKey.MESSAGE)
                String key,
        @Schema(example = "Local group Gent", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(example = "Oost-Vlaanderen", required = true) @NotBlank @Size(max = 200) String region,
        @Schema(description = "The community partners join through this local group.", required = true) @NotNull
                UUID communityId,
        @Schema(required = true) @NotNull @Valid ContactDetails contact) {}
