package org.weconomics.partnership.tension;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves a tension to its next status. */
@Schema(name = "TensionStatusRequest")
public record TensionStatusRequest(
        @Schema(
                        required = true,
                        description = "open → in-dialogue → resolved | accepted; accepted → in-dialogue.",
                        example = "in-dialogue")
                @NotNull
                TensionStatus status) {}
