package org.weconomics.canvas.workshop;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The workshop's next steps, as the list is to be. */
@Schema(name = "UpdateWorkshopNextStepsRequest")
public record UpdateNextStepsRequest(
        @Schema(description = "The next steps in their order; an empty list removes them all.") @NotNull @Size(max = 50)
                List<@NotNull @Valid NextStep> nextSteps) {}
