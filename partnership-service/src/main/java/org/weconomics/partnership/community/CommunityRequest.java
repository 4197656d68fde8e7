package org.weconomics.partnership.community;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin sends to create a community or to replace its fields; the server owns id, version and times. */
@Schema(name = "CommunityRequest")
public record CommunityRequest(
        @Schema(
                        description = "Name of the community, unique.",
                        example = "Korte keten Oost-Vlaanderen",
                        required = true)
                @NotBlank
                @Size(max = 200)
                String name,
        @Schema(
                        description = "The domain the community is the practice of.",
                        example = "Lokale voeding",
                        required = true)
                @NotBlank
                @Size(max = 200)
                String domain,
        @Schema(
                        description = "The community software supplier that provides the connecting infrastructure.",
                        example = "Weconomics Platform bv",
                        required = true)
                @NotBlank
                @Size(max = 200)
                String networkLeader,
        @Schema(required = true) @NotNull @Valid RevenueModel revenueModel) {}
