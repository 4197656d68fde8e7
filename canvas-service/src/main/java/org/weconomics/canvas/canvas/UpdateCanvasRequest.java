package org.weconomics.canvas.canvas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields of a canvas a client may change; title and topic are replaced, the facilitator only when given. */
@Schema(name = "UpdateCanvasRequest")
public record UpdateCanvasRequest(
        @Schema(example = "Blended BMC — werkdag 2") @NotBlank @Size(max = 200) String title,
        @Schema(example = "Een gezamenlijke catering voor events") @Size(max = 2000) String topic,
        @Schema(description = "Token subject of the new facilitator; leave out to keep the current one.")
                @Size(min = 1, max = 100)
                @Pattern(regexp = "\\S.*", message = "must not be blank")
                String facilitator) {}
