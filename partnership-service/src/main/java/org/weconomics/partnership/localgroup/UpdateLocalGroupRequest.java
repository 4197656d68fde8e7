package org.weconomics.partnership.localgroup;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields of a local group an admin may change; the whole set is replaced. The key never changes. */
@Schema(name = "UpdateLocalGroupRequest")
public record UpdateLocalGroupRequest(
        @Schema(example = "Local group Gent", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(example = "Oost-Vlaanderen", required = true) @NotBlank @Size(max = 200) String region,
        @Schema(required = true) @NotNull UUID communityId,
        @Schema(required = true) @NotNull @Valid ContactDetails contact) {}
