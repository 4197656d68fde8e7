package org.weconomics.partnership.localgroup;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who to contact about a local group. */
@Schema(name = "Contact")
public record ContactDetails(
        @Schema(example = "Anna Peeters", required = true) @NotBlank @Size(max = 200) String name,
        @Schema(example = "anna@example.org", required = true) @NotBlank @Email @Size(max = 320) String email) {}
