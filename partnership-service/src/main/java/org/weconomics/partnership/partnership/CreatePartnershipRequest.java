package org.weconomics.partnership.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to set up a partnership; the server owns id, version, creator and times. */
@Schema(name = "CreatePartnershipRequest")
public record CreatePartnershipRequest(
        @Schema(
                        description = "Key of the local group the partnership belongs to; you must be a member of it.",
                        example = "gent")
                @NotBlank
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{0,62}",
                        message = "must be a local group key (lower case letters, digits, dashes)")
                String localGroup,
        @Schema(
                        description = "Name of the partnership, unique within its local group.",
                        example = "De Wroeter & 37graden")
                @NotBlank
                @Size(max = 200)
                String name,
        @Schema(description = "What the partners want to achieve together.") @Size(max = 4000) String description) {}
