package org.weconomics.partnership.localgroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Keycloak user an admin adds to a local group. */
@Schema(name = "AddMemberRequest")
public record AddMemberRequest(
        @Schema(
                        description = "The user's Keycloak id: the subject of their tokens.",
                        example = "2f1d9a8e-6b7c-4d5e-8f90-a1b2c3d4e5f6",
                        required = true)
                @NotBlank
                @Size(max = 100)
                String userId,
        @Schema(description = "The user's Keycloak username, for display.", example = "anna", required = true)
                @NotBlank
                @Size(max = 100)
                String username) {}
