package org.weconomics.canvas.canvas;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to create a canvas; the server owns id, status, version, creator and times.
 * The template version must exist; the canvas keeps it for its whole life. */
@Schema(name = "CreateCanvasRequest")
public record CreateCanvasRequest(
        @Schema(
                        description = "Key of the local group the canvas belongs to; you must be a member of it.",
                        example = "gent")
                @NotBlank
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{0,62}",
                        message = "must be a local group key (lower case letters, digits, dashes)")
                String localGroup,
        @Schema(
                        description = "The partnership the canvas serves, if any: a partnership of the canvas's local "
                                + "group (`GET /api/partnership/partnerships`). One created a moment ago may take a "
                                + "few seconds to become known here (422 `unknown-partnership` until then).",
                        example = "3f6c1f0e-5a3b-4c1e-9d2a-7b8e9f0a1b2c")
                UUID partnershipId,
        @Schema(
                        description = "For a contribution board: the partner of that partnership the board is about; "
                                + "a current partner (`GET /api/partnership/partnerships/{partnershipId}/partners`), "
                                + "otherwise 422 `not-a-current-partner`.",
                        example = "8d2e4b6a-1c3f-4e5a-b7d9-0f1e2d3c4b5a")
                UUID partnerId,
        @Schema(description = "Key of the template the canvas is made from.", example = "blended-business-model-canvas")
                @NotBlank
                @Pattern(
                        regexp = "[a-z0-9][a-z0-9-]{0,99}",
                        message = "must be a template key (lower case letters, digits, dashes)")
                String templateKey,
        @Schema(description = "Template version to use.", example = "1") @NotNull @Min(1) Integer templateVersion,
        @Schema(description = "Title of the canvas.", example = "Blended BMC — De Wroeter & 37graden")
                @NotBlank
                @Size(max = 200)
                String title,
        @Schema(
                        description = "The topic the group fixed at the start of the session.",
                        example = "Een gezamenlijke catering voor events")
                @Size(max = 2000)
                String topic,
        @Schema(description = "Token subject of the facilitator; you, when left out.")
                @Size(min = 1, max = 100)
                @Pattern(regexp = "\\S.*", message = "must not be blank")
                String facilitator) {}
