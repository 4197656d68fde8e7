package org.weconomics.partnership.localgroup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Keycloak user an admin adds to a local group, named by username. */
@Schema(name = "AddMemberRequest")
public record AddMemberRequest(
        @Schema(
                        description = "The user's Keycloak username. The service looks the user up in Keycloak for "
                                + "their id and name; an unknown username is a 400 naming this field.",
                        example = "anna",
                        required = true)
                @NotBlank
                @Size(max = 100)
                String username,
        @Schema(
                        description = "Optional: the user's Keycloak id (the subject of their tokens). When given it "
                                + "must be the id of the user with that username. Required only where the service "
                                + "runs without Keycloak (mirroring off), where it is taken as given.",
                        example = "2f1d9a8e-6b7c-4d5e-8f90-a1b2c3d4e5f6")
                @Size(min = 1, max = 100)
                String userId) {}
