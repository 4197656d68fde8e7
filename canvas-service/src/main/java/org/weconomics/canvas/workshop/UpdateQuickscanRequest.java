package org.weconomics.canvas.workshop;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The client's answers, as they are to be: a question left out or answered blank has no answer. */
@Schema(name = "UpdateQuickscanRequest")
public record UpdateQuickscanRequest(
        @Schema(
                        description = "Answers by question key.",
                        example = "{\"case.1\": \"Vijf thuiszorgorganisaties willen hun planning delen.\"}")
                @NotNull
                @Size(max = 200)
                Map<@NotNull @Size(max = 100) String, @NotNull @Size(max = 2000) String> answers) {}
